/**
 * A StatsigService that never goes online: every feature gate and dynamic config answers "unset", so the
 * linters take their built-in defaults (no deprecated runtimes). `forge lint` would ask Atlassian's Statsig.
 */
import { NullLogger, StatsigService } from '@forge/cli-shared';

export class OfflineStatsig extends StatsigService {
  constructor() {
    super(
      NullLogger,
      undefined,
      { getCredentials: () => Promise.reject(new Error('offline: the manifest checks never log in')) },
      { readConfigSection: () => Promise.resolve('missing' as const) },
    );
  }

  override checkGate(): Promise<null> {
    return Promise.resolve(null);
  }

  override getDynamicConfig(): Promise<null> {
    return Promise.resolve(null);
  }
}
