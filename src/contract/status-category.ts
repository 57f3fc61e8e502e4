/** Jira's status categories as Keel names them (To Do, In Progress, Done). */
import * as z from 'zod/mini';
import type { StatusCategory } from '../domain/work-item';

export const statusCategory = z.enum(['todo', 'inProgress', 'done'] as const satisfies readonly StatusCategory[]);
