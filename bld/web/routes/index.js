// src/web/routes/index.ts
import { apiRoutes } from "./api.js";
import { homeRoutes } from "./home.js";
import { resumeRoutes } from "./resume.js";
import { storyRoutes } from "./stories.js";
import { workspaceRoutes } from "./workspace.js";
var ROUTES = [apiRoutes, homeRoutes, workspaceRoutes, storyRoutes, resumeRoutes];
export {
  ROUTES
};
