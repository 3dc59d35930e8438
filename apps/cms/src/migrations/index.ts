import * as migration_20261122_055025_initial from './20261122_055025_initial';
import * as migration_20261122_061139_content_model from './20261122_061139_content_model';
import * as migration_20261122_062719_workflow_redirects_jobs from './20261122_062719_workflow_redirects_jobs';

export const migrations = [
  {
    up: migration_20261122_055025_initial.up,
    down: migration_20261122_055025_initial.down,
    name: '20261122_055025_initial',
  },
  {
    up: migration_20261122_061139_content_model.up,
    down: migration_20261122_061139_content_model.down,
    name: '20261122_061139_content_model',
  },
  {
    up: migration_20261122_062719_workflow_redirects_jobs.up,
    down: migration_20261122_062719_workflow_redirects_jobs.down,
    name: '20261122_062719_workflow_redirects_jobs'
  },
];
