import { css } from "lit";

// The removal path: the caution first, then the platforms' routes.
export const removal = css`
  .removal {
    margin: 16px 0;
  }
  .caution {
    margin: 8px 0 12px;
    padding: 10px 12px;
    border: 2px solid var(--_caveat-border);
    background: var(--_caveat-bg);
    border-radius: 6px;
  }
  .caution h4 {
    margin: 0 0 6px;
  }
  .caution p {
    margin: 0 0 8px;
  }
  .platforms,
  .routes,
  .helpers {
    margin: 4px 0 8px;
    padding-inline-start: 20px;
  }
  .platforms {
    padding: 0;
    list-style: none;
  }
  .platform {
    margin: 0 0 10px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .platform h5 {
    margin: 0 0 4px;
    font-size: 1em;
  }
  .routes li {
    margin: 0 0 6px;
  }
`;
