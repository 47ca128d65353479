import { makeAgencyWorkbooks } from '../../../src/layout/agencyWorkbook';
import { createExpectations } from '../../../src/rules/validate/expected';
import { Plan } from '../../../src/domain/plan';
import { samplePlanInput } from '../../layout/fixtures';
import { layouts, period } from './returns';

// A plan that names no recipient of the reports: the officer chooses the focal point.
const input = samplePlanInput();
const plan = Plan.parse({ ...input, document: { ...input.document, reporting: [] } });
const year = period('2022');

describe('createExpectations', () => {
  it('finds the workbook an agency was sent by the hash in its _meta', async () => {
    const { workbooks } = await makeAgencyWorkbooks(plan, year, layouts, { generatedAt: 'x' });
    const sent = workbooks.find((workbook) => workbook.agencyId === 'kg.stc');
    const expected = await createExpectations(plan, layouts)(year, 'kg.stc', sent?.meta.planHash ?? '');
    expect(expected?.rows.tasks.map((row) => row.id)).toEqual(['I.2']);
    expect(expected?.roles.get('I.2')).toBe('cooperating');
  });

  it('recognises the focal point’s workbook, made with a focal point the plan does not name', async () => {
    const { workbooks } = await makeAgencyWorkbooks(plan, year, layouts, { generatedAt: 'x', focalPointId: 'kg.sct' });
    const sent = workbooks.find((workbook) => workbook.agencyId === 'kg.sct');
    const expected = await createExpectations(plan, layouts)(year, 'kg.sct', sent?.meta.planHash ?? '');
    expect(expected?.rows.targets.map((row) => row.id)).toEqual(['CT-01', 'CT-02']);
  });

  it('finds nothing for a hash the plan as it is now does not give', async () => {
    expect(await createExpectations(plan, layouts)(year, 'kg.sct', '0'.repeat(64))).toBeNull();
  });
});
