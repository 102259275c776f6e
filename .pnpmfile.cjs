// openapi-typescript (the API's client types, apps/api/scripts/client-types.ts) drives the TypeScript 5 compiler
// API, which TypeScript 7 (the project's compiler, a native build) does not have. Its peer dependency on
// `typescript` would resolve to the project's 7, so it gets its own TypeScript 5 as a plain dependency instead.
module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === "openapi-typescript") {
        delete pkg.peerDependencies?.typescript;
        pkg.dependencies = { ...pkg.dependencies, typescript: "5.9.3" };
      }
      return pkg;
    },
  },
};
