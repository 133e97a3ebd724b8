/**
 * DOCX export of the report and of the whole plan. Pages import this module dynamically, when
 * the person asks for a document: it pulls in the `docx` library (and its zip writer), which
 * must not weigh on the app's first paint.
 */
import { Packer } from 'docx';
import type { DocxContext } from './plan-docx/docx-parts';
import { planDocument, type PlanDocxInput } from './plan-docx/plan-docx';
import { reportDocument, type ReportDocxInput } from './plan-docx/report-docx';

export type { DocxContext, PlanDocxInput, ReportDocxInput };

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function reportDocx(input: ReportDocxInput, ctx: DocxContext): Promise<Blob> {
  return Packer.toBlob(reportDocument(input, ctx));
}

export async function planDocx(input: PlanDocxInput, ctx: DocxContext): Promise<Blob> {
  return Packer.toBlob(planDocument(input, ctx));
}
