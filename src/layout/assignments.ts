/**
 * Phân công báo cáo — which plan rows each agency reports on in a period.
 *
 * - Tasks of the period: a time frame that starts in or before the period's year (a task that
 *   ended earlier is still reported until it is done; the plan alone cannot tell which are done),
 *   a recurring one (`Hàng năm`), one with no time frame, or one whose time frame cannot be read
 *   (better asked about than forgotten; the plan check reports the time frame).
 * - Every agency a task names goes through the successions in force on the period's end
 *   (`asOf`): after a merger the successor receives its predecessors' rows, marked with the name
 *   the plan used. One row per task and agency; it leads if any of its names leads.
 * - Groups (`Các Sở, ban, ngành có liên quan`) and agencies abolished without successor receive
 *   nothing: a task naming them also names a lead who reports it. A task whose leads are all
 *   groups or abolished goes to the focal point, marked with the names the plan used.
 * - Projects go to the agency that follows them (`followedBy`, through successions); a project
 *   with no such agency (or a group, or an abolished one) goes to the focal point.
 * - Targets all go to the focal point.
 * - The focal point is the agency that receives the reports: `document.reporting[0].to`, through
 *   successions, unless the officer names another (`focalPointId`, for a plan whose text names
 *   none). Without one, the rows that need it are returned as unassigned.
 */
import { createAgencyIndex } from '../domain/agencies';
import type { Period } from '../domain/period';
import type { Agency, AgencyRef, Plan, Project, Target, Task } from '../domain/plan';
import { parseTimeFrame } from '../domain/vn/timeFrame';

export type TaskRole = 'lead' | 'cooperating';

export interface AssignedTask {
  readonly task: Task;
  readonly role: TaskRole;
  /** Names the plan used for the bodies this agency answers for (predecessors, groups); empty when the plan named it. */
  readonly onBehalfOf: readonly string[];
}

export interface Assignment {
  readonly agency: Agency;
  readonly tasks: readonly AssignedTask[];
  readonly projects: readonly Project[];
  readonly targets: readonly Target[];
}

export interface Unassigned {
  readonly tasks: readonly Task[];
  readonly projects: readonly Project[];
  readonly targets: readonly Target[];
}

export interface Assignments {
  /** In the order of the plan's agency list; only agencies with something to report. */
  readonly assignments: readonly Assignment[];
  readonly focalPoint: Agency | null;
  readonly unassigned: Unassigned;
}

export function taskInPeriod(task: Task, period: Period): boolean {
  const frame = parseTimeFrame(task.timeFrame);
  if (!frame.ok) return true;
  switch (frame.value.kind) {
    case 'year':
      return frame.value.year <= period.year;
    case 'span':
      return frame.value.from <= period.year;
    case 'recurring':
    case 'none':
      return true;
  }
}

interface Named {
  readonly ref: AgencyRef;
  readonly role: TaskRole;
}

export interface AssignOptions {
  /** The date successions are followed to; the period's end by default. */
  readonly asOf?: string;
  /** The agency that receives the reports, when the plan's reporting duty does not say. */
  readonly focalPointId?: string;
}

export function assignPlanRows(plan: Plan, period: Period, options: AssignOptions = {}): Assignments {
  const asOf = options.asOf ?? period.end;
  const index = createAgencyIndex(plan.agencies, plan.successions);
  /** Who reports for an agency on `asOf`: null for a group, an abolished body or an unknown id. */
  const holderOf = (agencyId: string): Agency | null => {
    const current = index.responsibleOn(agencyId, asOf).agencyId;
    const agency = current === null ? undefined : index.byId(current);
    return agency === undefined || agency.kind === 'group' ? null : agency;
  };
  const focalId = options.focalPointId ?? plan.document.reporting[0]?.to?.agencyId ?? null;
  const focalPoint = focalId === null ? null : holderOf(focalId);

  const tasks = new Map<string, Map<Task, Named[]>>();
  const projects = new Map<string, Project[]>();
  const unassigned: { tasks: Task[]; projects: Project[]; targets: Target[] } = { tasks: [], projects: [], targets: [] };
  const give = (agency: Agency, task: Task, named: Named) => {
    const byTask = tasks.get(agency.id) ?? new Map<Task, Named[]>();
    byTask.set(task, [...(byTask.get(task) ?? []), named]);
    tasks.set(agency.id, byTask);
  };

  for (const task of plan.tasks.filter((candidate) => taskInPeriod(candidate, period))) {
    const leads = task.leadAgencies.map((ref) => ({ ref, holder: holderOf(ref.agencyId) }));
    const held = leads.filter((lead) => lead.holder !== null);
    if (held.length === 0) {
      if (focalPoint === null) unassigned.tasks.push(task);
      else for (const { ref } of leads) give(focalPoint, task, { ref, role: 'lead' });
    }
    for (const { ref, holder } of held) if (holder !== null) give(holder, task, { ref, role: 'lead' });
    for (const ref of task.cooperatingAgencies) {
      const holder = holderOf(ref.agencyId);
      if (holder !== null) give(holder, task, { ref, role: 'cooperating' });
    }
  }

  for (const project of plan.projects) {
    const holder = (project.followedBy === null ? null : holderOf(project.followedBy.agencyId)) ?? focalPoint;
    if (holder === null) unassigned.projects.push(project);
    else projects.set(holder.id, [...(projects.get(holder.id) ?? []), project]);
  }
  if (focalPoint === null) unassigned.targets.push(...plan.targets);

  const assignments: Assignment[] = [];
  for (const agency of plan.agencies) {
    const assigned: Assignment = {
      agency,
      tasks: [...(tasks.get(agency.id) ?? new Map<Task, Named[]>())].map(([task, named]) => assignedTask(agency, task, named)),
      projects: projects.get(agency.id) ?? [],
      targets: focalPoint?.id === agency.id ? plan.targets : [],
    };
    if (assigned.tasks.length + assigned.projects.length + assigned.targets.length > 0) assignments.push(assigned);
  }
  return { assignments, focalPoint, unassigned };
}

function assignedTask(agency: Agency, task: Task, named: readonly Named[]): AssignedTask {
  const role: TaskRole = named.some((entry) => entry.role === 'lead') ? 'lead' : 'cooperating';
  const others = named.filter((entry) => entry.role === role && entry.ref.agencyId !== agency.id).map((entry) => entry.ref.asWritten);
  return { task, role, onBehalfOf: [...new Set(others)] };
}
