/**
 * Lời nhắn khi kiểm tra kế hoạch — the wording of every plan finding, Vietnamese first, each
 * saying what is wrong and what the officer should do. Kept apart from the checks so that the
 * wording can be reviewed and changed in one place.
 */
import type { Agency, AgencyRef, CitedDocument, StatedFigure } from '../../domain/plan';
import { formatVnDate } from '../../domain/vn/date';
import { formatVnNumber } from '../../domain/vn/number';

export interface Message {
  readonly message_vi: string;
  readonly message_en: string;
}

const message = (message_vi: string, message_en: string): Message => ({ message_vi, message_en });

/** The lists of a plan whose rows carry an id. */
export type PlanCollection =
  | 'sections'
  | 'tasks'
  | 'projects'
  | 'targets'
  | 'zones'
  | 'agencies'
  | 'funding.lines'
  | 'statedFigures';

const ROW_NAMES: Record<PlanCollection, { readonly vi: string; readonly en: string }> = {
  sections: { vi: 'nhóm nhiệm vụ', en: 'task group' },
  tasks: { vi: 'nhiệm vụ', en: 'task' },
  projects: { vi: 'dự án', en: 'project' },
  targets: { vi: 'chỉ tiêu', en: 'target' },
  zones: { vi: 'khu, cụm công nghiệp', en: 'industrial zone' },
  agencies: { vi: 'cơ quan', en: 'agency' },
  'funding.lines': { vi: 'dòng kinh phí', en: 'funding line' },
  statedFigures: { vi: 'số liệu nêu trong văn bản', en: 'stated figure' },
};

const agencyLabel = (agency: Agency): string => `${agency.name} (${agency.id})`;

export const planMessages = {
  schemaInvalid: (where: string, problem: Message): Message =>
    message(
      `Dữ liệu kế hoạch sai cấu trúc tại ${where}: ${problem.message_vi} Sửa lại tệp kế hoạch rồi kiểm tra lại.`,
      `The plan data is malformed at ${where}: ${problem.message_en} Correct the plan file and check it again.`,
    ),

  duplicateId: (collection: PlanCollection, id: string, positions: readonly number[]): Message =>
    message(
      `Mã ${ROW_NAMES[collection].vi} "${id}" bị trùng: ${positions.length} dòng (thứ ${positions.join(', ')}) ` +
        `cùng dùng mã này. Đặt cho mỗi dòng một mã riêng.`,
      `The ${ROW_NAMES[collection].en} id "${id}" is used by ${positions.length} rows (positions ` +
        `${positions.join(', ')}). Give each row its own id.`,
    ),

  agencyIdUnknown: (ref: AgencyRef): Message =>
    message(
      `Cơ quan "${ref.asWritten}" được gán mã "${ref.agencyId}", nhưng danh mục cơ quan của kế hoạch không có mã ` +
        `này. Thêm cơ quan vào danh mục hoặc sửa lại mã.`,
      `The agency "${ref.asWritten}" is given the id "${ref.agencyId}", which the plan's agency list does not ` +
        `contain. Add the agency to the list or correct the id.`,
    ),

  asWrittenUnresolved: (ref: AgencyRef, agency: Agency, reason: Message): Message =>
    message(
      `Dòng này được gán cho ${agencyLabel(agency)}, nhưng tên văn bản ghi, "${ref.asWritten}", không dẫn về ` +
        `cơ quan đó: ${reason.message_vi} Mã cơ quan được giữ nguyên.`,
      `The row is assigned to ${agencyLabel(agency)}, but the name the document writes, "${ref.asWritten}", ` +
        `does not lead back to it: ${reason.message_en} The agency id is kept.`,
    ),

  asWrittenOther: (ref: AgencyRef, agency: Agency, named: readonly Agency[]): Message =>
    message(
      `Tên "${ref.asWritten}" chỉ ${named.map(agencyLabel).join(', ')}, nhưng dòng này được gán cho ` +
        `${agencyLabel(agency)}. Kiểm tra lại cơ quan nào chịu trách nhiệm rồi sửa mã hoặc tên cho khớp.`,
      `The name "${ref.asWritten}" denotes ${named.map(agencyLabel).join(', ')}, but the row is assigned to ` +
        `${agencyLabel(agency)}. Check which agency is responsible and make the id and the name agree.`,
    ),

  registryProblem: (problem: Message): Message =>
    message(
      `Danh mục cơ quan của kế hoạch: ${problem.message_vi}`,
      `The plan's agency list: ${problem.message_en}`,
    ),

  sectionUnknown: (taskId: string, sectionId: string): Message =>
    message(
      `Nhiệm vụ ${taskId} thuộc nhóm "${sectionId}", nhưng kế hoạch không có nhóm nhiệm vụ này. Thêm nhóm vào ` +
        `danh sách nhóm hoặc sửa lại mã nhóm.`,
      `Task ${taskId} belongs to the group "${sectionId}", which the plan does not have. Add the group or ` +
        `correct the group id.`,
    ),

  zoneUnknown: (owner: 'projects' | 'targets', ownerId: string, zoneId: string): Message =>
    message(
      `${owner === 'projects' ? 'Dự án' : 'Chỉ tiêu'} ${ownerId} gắn với khu, cụm công nghiệp "${zoneId}", ` +
        `nhưng kế hoạch không có khu, cụm này. Thêm khu, cụm vào danh sách hoặc sửa lại mã.`,
      `${owner === 'projects' ? 'Project' : 'Target'} ${ownerId} refers to the industrial zone "${zoneId}", ` +
        `which the plan does not have. Add the zone or correct its id.`,
    ),

  successionAgencyUnknown: (side: 'from' | 'to', agencyId: string): Message =>
    message(
      `Quan hệ kế thừa nêu ${side === 'from' ? 'cơ quan cũ' : 'cơ quan kế thừa'} "${agencyId}", nhưng danh ` +
        `mục cơ quan không có mã này. Thêm cơ quan vào danh mục hoặc sửa lại mã.`,
      `A succession names ${side === 'from' ? 'the former agency' : 'the successor'} "${agencyId}", which ` +
        `the agency list does not contain. Add the agency or correct the id.`,
    ),

  groupMemberUnknown: (groupId: string, memberId: string): Message =>
    message(
      `Nhóm cơ quan ${groupId} có thành viên "${memberId}", nhưng danh mục cơ quan không có mã này. Thêm cơ ` +
        `quan vào danh mục hoặc sửa lại mã.`,
      `The agency group ${groupId} lists the member "${memberId}", which the agency list does not contain. ` +
        `Add the agency or correct the id.`,
    ),

  timeFrameInvalid: (taskId: string, timeFrame: string, reason: Message): Message =>
    message(
      `Thời gian thực hiện của nhiệm vụ ${taskId} ("${timeFrame}"): ${reason.message_vi} Để trống nếu văn bản ` +
        `không nêu thời gian.`,
      `The time frame of task ${taskId} ("${timeFrame}"): ${reason.message_en} Leave it empty when the ` +
        `document gives none.`,
    ),

  timeFrameBeforeDocument: (taskId: string, timeFrame: string, endYear: number, documentYear: number): Message =>
    message(
      `Thời gian thực hiện của nhiệm vụ ${taskId} ("${timeFrame}") kết thúc năm ${endYear}, trước năm ban hành ` +
        `văn bản (${documentYear}). Đối chiếu với văn bản gốc; nếu văn bản ghi như vậy thì giữ nguyên.`,
      `The time frame of task ${taskId} ("${timeFrame}") ends in ${endYear}, before the document was issued ` +
        `(${documentYear}). Check it against the source document; keep it if the document says so.`,
    ),

  fundingMismatch: (
    dimension: 'source' | 'year',
    figures: { stated: number; sum: number; unit: string; decimals: number },
  ): Message => {
    const { stated, sum, unit, decimals } = figures;
    const [statedText, sumText, differenceText] = [stated, sum, Math.abs(sum - stated)].map((value) =>
      formatVnNumber(value, decimals),
    );
    return message(
      `Cộng kinh phí ${dimension === 'source' ? 'theo nguồn vốn' : 'theo năm'} được ${sumText} ${unit}, chênh ` +
        `${differenceText} ${unit} so với tổng kinh phí nêu trong văn bản (${statedText} ${unit}). Đối chiếu ` +
        `từng dòng với văn bản gốc và sửa số nhập sai.`,
      `Funding by ${dimension} adds up to ${sumText} ${unit}, which differs from the stated total ` +
        `(${statedText} ${unit}) by ${differenceText} ${unit}. Check each line against the source document ` +
        `and correct the mistyped amount.`,
    );
  },

  statedCountMismatch: (figure: StatedFigure, counted: number, what: 'projects' | 'tasks'): Message => {
    const [nameVi, nameEn] = what === 'projects' ? ['dự án', 'projects'] : ['nhiệm vụ', 'tasks'];
    const difference = formatVnNumber(Math.abs(counted - figure.value));
    return message(
      `Văn bản nêu "${figure.label}" là ${formatVnNumber(figure.value)} ${figure.unit}${place(figure)}, nhưng ` +
        `bảng của văn bản có ${formatVnNumber(counted)} ${nameVi} (chênh ${difference}). Văn bản tự mâu thuẫn: ` +
        `dữ liệu được giữ đúng như văn bản; cần ghi chú khi báo cáo.`,
      `The document states "${figure.label}" as ${formatVnNumber(figure.value)} ${figure.unit}` +
        `${place(figure)}, but its table lists ${counted} ${nameEn} (difference ${difference}). The document ` +
        `disagrees with itself: the data is kept as written; mention it when reporting.`,
    );
  },

  statedInvestmentMismatch: (
    figure: StatedFigure,
    figures: { sum: number; counted: number; withoutCapital: number; decimals: number },
  ): Message => {
    const { sum, counted, withoutCapital, decimals } = figures;
    const [stated, sumText, differenceText] = [figure.value, sum, Math.abs(sum - figure.value)].map((value) =>
      formatVnNumber(value, decimals),
    );
    const gapVi = withoutCapital === 0 ? '' : `; ${withoutCapital} dự án không ghi vốn, không được tính`;
    const gapEn = withoutCapital === 0 ? '' : `; ${withoutCapital} projects state no capital and are not counted`;
    return message(
      `Văn bản nêu "${figure.label}" là ${stated} ${figure.unit}${place(figure)}, nhưng tổng vốn của ${counted} ` +
        `dự án trong bảng là ${sumText} ${figure.unit} (chênh ${differenceText}${gapVi}). Văn bản tự mâu thuẫn: ` +
        `dữ liệu được giữ đúng như văn bản; cần ghi chú khi báo cáo.`,
      `The document states "${figure.label}" as ${stated} ${figure.unit}${place(figure)}, but the ${counted} ` +
        `projects of its table add up to ${sumText} ${figure.unit} (difference ${differenceText}${gapEn}). The ` +
        `document disagrees with itself: the data is kept as written; mention it when reporting.`,
    );
  },

  statedFundingMismatch: (figure: StatedFigure, fundingTotal: number, decimals: number): Message => {
    const [stated, total, difference] = [figure.value, fundingTotal, Math.abs(fundingTotal - figure.value)].map(
      (value) => formatVnNumber(value, decimals),
    );
    return message(
      `Văn bản nêu "${figure.label}" là ${stated} ${figure.unit}${place(figure)}, nhưng phần kinh phí ghi tổng ` +
        `${total} ${figure.unit} (chênh ${difference}). Văn bản tự mâu thuẫn: dữ liệu được giữ đúng như văn ` +
        `bản; cần ghi chú khi báo cáo.`,
      `The document states "${figure.label}" as ${stated} ${figure.unit}${place(figure)}, but its funding ` +
        `section totals ${total} ${figure.unit} (difference ${difference}). The document disagrees with ` +
        `itself: the data is kept as written; mention it when reporting.`,
    );
  },

  statedFundingMissing: (figure: StatedFigure): Message =>
    message(
      `Số liệu "${figure.label}" cần đối chiếu với tổng kinh phí, nhưng kế hoạch không có phần kinh phí. Nhập ` +
        `phần kinh phí của văn bản, hoặc đổi reconcileWith thành "none".`,
      `The figure "${figure.label}" is to be reconciled with the funding total, but the plan has no funding ` +
        `section. Enter the document's funding section, or set reconcileWith to "none".`,
    ),

  citedAfterDocument: (cited: CitedDocument, citedDate: string, documentDate: string): Message =>
    message(
      `Văn bản số ${cited.number} được dẫn với ngày ${formatVnDate(citedDate)}, sau ngày ban hành của chính kế hoạch ` +
        `(${formatVnDate(documentDate)}). Đối chiếu lại ngày với văn bản gốc.`,
      `Document ${cited.number} is cited as dated ${formatVnDate(citedDate)}, after the plan itself was issued ` +
        `(${formatVnDate(documentDate)}). Check the date against the source document.`,
    ),

  citationDatesDisagree: (number: string, dates: readonly string[]): Message => {
    const written = dates.map(formatVnDate).join(', ');
    return message(
      `Văn bản số ${number} được dẫn với các ngày khác nhau (${written}). Dữ liệu được giữ đúng như văn bản; ` +
        `khi dẫn lại văn bản này, dùng ngày đã đối chiếu với bản gốc.`,
      `Document ${number} is cited with different dates (${written}). The data is kept as written; when citing ` +
        `it, use the date checked against the original.`,
    );
  },

  reportingDueBeforeDocument: (due: string, dueDate: string, documentDate: string): Message =>
    message(
      `Hạn báo cáo "${due}" (${formatVnDate(dueDate)}) trước ngày ban hành văn bản (${formatVnDate(documentDate)}). ` +
        `Đối chiếu lại với văn bản gốc.`,
      `The reporting deadline "${due}" (${formatVnDate(dueDate)}) falls before the document was issued ` +
        `(${formatVnDate(documentDate)}). Check it against the source document.`,
    ),

  reportingDueUnreadable: (due: string, reason: Message): Message =>
    message(
      `Hạn báo cáo "${due}" không đọc được: ${reason.message_vi}`,
      `The reporting deadline "${due}" cannot be read: ${reason.message_en}`,
    ),
};

/** Where in the document the figure stands, e.g. ` (Mục I.2)`. */
const place = (figure: StatedFigure): string => (figure.where === '' ? '' : ` (${figure.where})`);
