import { ChangesSincePublished as ChangesSincePublished_147ec7e7dc040c932b4edfa39c9e17ee } from '../../../workflow/changes/ChangesSincePublished'
import { RuleError as RuleError_e03964ce0b35f88aa4671ff41eb0556b } from '../../../workflow/components/RuleError'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RichTextDiff as RichTextDiff_e292f374be7bfa913a49cd82dac0fbc3 } from '../../../workflow/changes/RichTextDiff'
import { ReviewDueCell as ReviewDueCell_f14f466e51f0108d72f2e5afc2f41a56 } from '../../../workflow/components/ReviewDueCell'
import { ReadingGradeNotice as ReadingGradeNotice_52ff2c7d982faa2830a6cb46ff7329da } from '../../../collections/Articles/components/ReadingGradeNotice'
import { ReadingGradeCell as ReadingGradeCell_66090b2be4730b006e1c0d6e4fbb83a2 } from '../../../collections/Articles/components/ReadingGradeCell'
import { HiddenDiff as HiddenDiff_3352f0d7a84b8b27ad8da754f1f1a9b3 } from '../../../fields/components/HiddenDiff'
import { WorkflowStatusCell as WorkflowStatusCell_ac58b502c0ebcc22fb5f9beefab56d89 } from '../../../workflow/components/WorkflowStatusCell'
import { HistoryRowLabel as HistoryRowLabel_021a28afac97c2e82271d2c3980c8aa3 } from '../../../workflow/components/HistoryRowLabel'
import { TranslationOutOfDate as TranslationOutOfDate_1b45b168a07ec505fc3110dd79dd14e7 } from '../../../workflow/components/TranslationOutOfDate'
import { SaveStatus as SaveStatus_1e2ad98836defa863b2e71437d9135f2 } from '../../../workflow/components/SaveStatus'
import { WorkflowActions as WorkflowActions_40b3731ebeb61e4dd39f3c7195b54bb6 } from '../../../workflow/components/WorkflowActions'
import { ReleaseOnLeave as ReleaseOnLeave_c6a82648646568cf099592a5733a7660 } from '../../../workflow/leave/ReleaseOnLeave'
import { WorkflowPublishButton as WorkflowPublishButton_d410a531ab16a7f39a2d7e6c193a205b } from '../../../workflow/components/WorkflowPublishButton'
import { WorkflowStatus as WorkflowStatus_2b17ba7edd399b48d414b4b1a222f581 } from '../../../workflow/components/WorkflowStatus'
import { QueryPresetsAccessCell as QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereCell as QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereField as QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnsCell as QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnField as QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByCell as QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByField as QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { ImportNavLink as ImportNavLink_ec7ab52cff3ba48f23cc460b3ba0b64a } from '../../../import/components/ImportNavLink'
import { RoleDashboard as RoleDashboard_d5b7ded2d018937993a4e734a3e99f8e } from '../../../dashboard/components/RoleDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ImportPostsView as ImportPostsView_386503cabb4f2599c5d5b370d273ea70 } from '../../../import/components/ImportPostsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/workflow/changes/ChangesSincePublished#ChangesSincePublished": ChangesSincePublished_147ec7e7dc040c932b4edfa39c9e17ee,
  "/workflow/components/RuleError#RuleError": RuleError_e03964ce0b35f88aa4671ff41eb0556b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/workflow/changes/RichTextDiff#RichTextDiff": RichTextDiff_e292f374be7bfa913a49cd82dac0fbc3,
  "/workflow/components/ReviewDueCell#ReviewDueCell": ReviewDueCell_f14f466e51f0108d72f2e5afc2f41a56,
  "/collections/Articles/components/ReadingGradeNotice#ReadingGradeNotice": ReadingGradeNotice_52ff2c7d982faa2830a6cb46ff7329da,
  "/collections/Articles/components/ReadingGradeCell#ReadingGradeCell": ReadingGradeCell_66090b2be4730b006e1c0d6e4fbb83a2,
  "/fields/components/HiddenDiff#HiddenDiff": HiddenDiff_3352f0d7a84b8b27ad8da754f1f1a9b3,
  "/workflow/components/WorkflowStatusCell#WorkflowStatusCell": WorkflowStatusCell_ac58b502c0ebcc22fb5f9beefab56d89,
  "/workflow/components/HistoryRowLabel#HistoryRowLabel": HistoryRowLabel_021a28afac97c2e82271d2c3980c8aa3,
  "/workflow/components/TranslationOutOfDate#TranslationOutOfDate": TranslationOutOfDate_1b45b168a07ec505fc3110dd79dd14e7,
  "/workflow/components/SaveStatus#SaveStatus": SaveStatus_1e2ad98836defa863b2e71437d9135f2,
  "/workflow/components/WorkflowActions#WorkflowActions": WorkflowActions_40b3731ebeb61e4dd39f3c7195b54bb6,
  "/workflow/leave/ReleaseOnLeave#ReleaseOnLeave": ReleaseOnLeave_c6a82648646568cf099592a5733a7660,
  "/workflow/components/WorkflowPublishButton#WorkflowPublishButton": WorkflowPublishButton_d410a531ab16a7f39a2d7e6c193a205b,
  "/workflow/components/WorkflowStatus#WorkflowStatus": WorkflowStatus_2b17ba7edd399b48d414b4b1a222f581,
  "@payloadcms/next/client#QueryPresetsAccessCell": QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereCell": QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereField": QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnsCell": QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnField": QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByCell": QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByField": QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40,
  "/import/components/ImportNavLink#ImportNavLink": ImportNavLink_ec7ab52cff3ba48f23cc460b3ba0b64a,
  "/dashboard/components/RoleDashboard#RoleDashboard": RoleDashboard_d5b7ded2d018937993a4e734a3e99f8e,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/import/components/ImportPostsView#ImportPostsView": ImportPostsView_386503cabb4f2599c5d5b370d273ea70,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
