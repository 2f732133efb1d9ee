// What `import { defineConfig } from 'lectern'` resolves to inside a
// lectern.config file, wherever lectern is installed: the config as given.
// Editors get its types from lectern's own type declarations.
export const defineConfig = (config) => config;
export default { defineConfig };
