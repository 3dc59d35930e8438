import * as migration_20261122_064418_initial from './20261122_064418_initial';
import * as migration_20261122_073115_article_search from './20261122_073115_article_search';
import * as migration_20261122_095633_import_source from './20261122_095633_import_source';
import * as migration_20261122_104500_article_search_vector from './20261122_104500_article_search_vector';
import * as migration_20261122_130000_article_rank_vector from './20261122_130000_article_rank_vector';
import * as migration_20261201_082620_content_trust from './20261201_082620_content_trust';
import * as migration_20261201_093457_editorial_dashboard from './20261201_093457_editorial_dashboard';
import * as migration_20261201_113451_import_redirects from './20261201_113451_import_redirects';
import * as migration_20261201_114911_condition_codes from './20261201_114911_condition_codes';
import * as migration_20261201_141809_spanish_translation_review from './20261201_141809_spanish_translation_review';
import * as migration_20261201_142500_spanish_search from './20261201_142500_spanish_search';

export const migrations = [
  {
    up: migration_20261122_064418_initial.up,
    down: migration_20261122_064418_initial.down,
    name: '20261122_064418_initial',
  },
  {
    up: migration_20261122_073115_article_search.up,
    down: migration_20261122_073115_article_search.down,
    name: '20261122_073115_article_search',
  },
  {
    up: migration_20261122_095633_import_source.up,
    down: migration_20261122_095633_import_source.down,
    name: '20261122_095633_import_source',
  },
  {
    up: migration_20261122_104500_article_search_vector.up,
    down: migration_20261122_104500_article_search_vector.down,
    name: '20261122_104500_article_search_vector',
  },
  {
    up: migration_20261122_130000_article_rank_vector.up,
    down: migration_20261122_130000_article_rank_vector.down,
    name: '20261122_130000_article_rank_vector',
  },
  {
    up: migration_20261201_082620_content_trust.up,
    down: migration_20261201_082620_content_trust.down,
    name: '20261201_082620_content_trust',
  },
  {
    up: migration_20261201_093457_editorial_dashboard.up,
    down: migration_20261201_093457_editorial_dashboard.down,
    name: '20261201_093457_editorial_dashboard',
  },
  {
    up: migration_20261201_113451_import_redirects.up,
    down: migration_20261201_113451_import_redirects.down,
    name: '20261201_113451_import_redirects',
  },
  {
    up: migration_20261201_114911_condition_codes.up,
    down: migration_20261201_114911_condition_codes.down,
    name: '20261201_114911_condition_codes',
  },
  {
    up: migration_20261201_141809_spanish_translation_review.up,
    down: migration_20261201_141809_spanish_translation_review.down,
    name: '20261201_141809_spanish_translation_review',
  },
  {
    up: migration_20261201_142500_spanish_search.up,
    down: migration_20261201_142500_spanish_search.down,
    name: '20261201_142500_spanish_search',
  },
];
