import { agencyNamedByFile } from '../../../src/rules/validate/fileName';
import { samplePlan } from '../../layout/fixtures';

const agencies = samplePlan().agencies;
const named = (fileName: string) => agencyNamedByFile(fileName, agencies)?.id;

describe('agencyNamedByFile', () => {
  it('reads the agency from the name the file was sent under', () => {
    expect(named('2022_SCT.xlsx')).toBe('kg.sct');
    expect(named('2022_So-KHDT.xlsx')).toBe('kg.skhdt');
    expect(named('2022_BQL-KKT.xlsx')).toBe('kg.bqlkkt');
  });

  it('reads it from a renamed file too, between separators only', () => {
    expect(named('Bao cao STC nam 2022 (final).xlsx')).toBe('kg.stc');
    expect(named('C:\\Users\\cb\\Downloads\\bqlkkt-2022_BQL KKT.xlsx')).toBe('kg.bqlkkt');
  });

  it('says nothing when the name points to no agency', () => {
    expect(named('bao cao 2022.xlsx')).toBeUndefined();
    expect(named('SCTX.xlsx')).toBeUndefined();
  });

  it('says nothing when the name points to two agencies equally', () => {
    expect(named('2022_SCT_STC.xlsx')).toBeUndefined();
  });
});
