import type { ComponentType } from 'react';
import type { OverridableSection } from '@contract';
import { BudgetSection } from './budget-section';
import { CalendarSection } from './calendar-section';
import { DecisionsSection } from './decisions-section';
import { DependenciesSection } from './dependencies-section';
import { EstimatesSection } from './estimates-section';
import { ForecastSection } from './forecast-section';
import { IssueTypesSection } from './issue-types-section';
import { RaciSection } from './raci-section';
import { ResourcesSection } from './resources-section';
import { RisksSection } from './risks-section';
import { ScopeSection } from './scope-section';
import { TargetsSection } from './targets-section';
import type { SectionProps } from './section-props';

export interface SettingsGroup {
  id: string;
  title: string;
  /** The settings sections it edits: a project overrides them together. */
  sections: OverridableSection[];
  Editor: ComponentType<SectionProps>;
}

/** The form's groups, in the order an admin sets Keel up. */
export const SETTINGS_GROUPS: readonly SettingsGroup[] = [
  { id: 'scope', title: 'Scope', sections: ['scope'], Editor: ScopeSection },
  { id: 'estimates', title: 'Estimates and dates', sections: ['fields', 'durationSource', 'daysPerStoryPoint'], Editor: EstimatesSection },
  { id: 'calendar', title: 'Calendar and schedule', sections: ['calendar', 'schedule'], Editor: CalendarSection },
  { id: 'targets', title: 'Targets: launch date and milestones', sections: ['targets'], Editor: TargetsSection },
  { id: 'dependencies', title: 'Dependencies', sections: ['linkMappings'], Editor: DependenciesSection },
  { id: 'resources', title: 'Resources', sections: ['resources'], Editor: ResourcesSection },
  { id: 'issue-types', title: 'Risk and decision issue types', sections: ['issueTypes'], Editor: IssueTypesSection },
  { id: 'budget', title: 'Budget, rates and baseline', sections: ['evm'], Editor: BudgetSection },
  { id: 'risks', title: 'Risk register', sections: ['risks'], Editor: RisksSection },
  { id: 'forecast', title: 'Forecast: estimates, risks and iterations', sections: ['forecast'], Editor: ForecastSection },
  { id: 'raci', title: 'RACI', sections: ['raci'], Editor: RaciSection },
  { id: 'decisions', title: 'Decision log', sections: ['decisions'], Editor: DecisionsSection },
];
