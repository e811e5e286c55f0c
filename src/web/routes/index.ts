// The registry of route modules, in mounting order. A new section (stories, resume) is one module and one line.
import type { RouteModule } from '../context.ts';
import { apiRoutes } from './api.ts';
import { apiResumeRoutes } from './api-resume.ts';
import { apiStoryRoutes } from './api-stories.ts';
import { homeRoutes } from './home.ts';
import { resumeRoutes } from './resume.ts';
import { spellingRoutes } from './spelling.ts';
import { storyRoutes } from './stories.ts';
import { tailorRoutes } from './tailor.ts';
import { workspaceRoutes } from './workspace.ts';

export const ROUTES: RouteModule[] = [apiRoutes, apiResumeRoutes, apiStoryRoutes, homeRoutes, workspaceRoutes, storyRoutes, resumeRoutes, tailorRoutes, spellingRoutes];
