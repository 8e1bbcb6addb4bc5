/** Names of resources, fields and enum values in Vietnamese, as react-admin looks them up (`resources.Plan.fields.title`). */

export const enums = {
  PlanStatus: { DRAFT: 'Dự thảo', IN_REVIEW: 'Đang trình duyệt', ISSUED: 'Đã ban hành', CANCELLED: 'Đã hủy' },
  ReportStatus: { DRAFT: 'Dự thảo', SUBMITTED: 'Đã gửi', ACCEPTED: 'Đã tiếp nhận', RETURNED: 'Trả lại' },
  ReportKind: { PERIODIC: 'Định kỳ', THEMATIC: 'Chuyên đề', AD_HOC: 'Đột xuất' },
  ActivityStatus: { PLANNED: 'Chưa thực hiện', IN_PROGRESS: 'Đang thực hiện', DONE: 'Đã hoàn thành', CANCELLED: 'Đã hủy' },
  ResultStatus: { DONE: 'Hoàn thành', PARTIAL: 'Hoàn thành một phần', NOT_DONE: 'Chưa hoàn thành', NONE: 'Không phát sinh' },
  ParticipantRole: { LEAD: 'Chủ trì', COORDINATING: 'Phối hợp', ADVISORY: 'Tham mưu', IMPLEMENTING: 'Thực hiện' },
  BudgetSource: { LOCAL_BUDGET: 'Ngân sách địa phương', CENTRAL_SUPPORT: 'Trung ương hỗ trợ', SOCIALIZED: 'Xã hội hóa', OTHER_LEGAL: 'Nguồn hợp pháp khác' },
  LegalBasisKind: { BASIS: 'Căn cứ', IMPLEMENTS: 'Thực hiện', REFERENCES: 'Dẫn chiếu', AMENDS: 'Sửa đổi, bổ sung' },
  RecipientPurpose: { EXECUTION: 'Để thực hiện', REPORT: 'Để báo cáo', INFORMATION: 'Để biết', ARCHIVE: 'Lưu' },
  UnitLevel: { CENTRAL: 'Trung ương', PROVINCE: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã' },
  UnitKind: {
    NATION: 'Trung ương', PROVINCE: 'Tỉnh', MUNICIPALITY: 'Thành phố trực thuộc trung ương', PROVINCIAL_CITY: 'Thành phố thuộc tỉnh',
    RURAL_DISTRICT: 'Huyện', TOWN: 'Thị xã', COMMUNE: 'Xã', WARD: 'Phường', TOWNSHIP: 'Thị trấn',
  },
  Role: { VIEWER: 'Xem', EDITOR: 'Soạn thảo', FINANCE: 'Tài chính', APPROVER: 'Phê duyệt', ADMIN: 'Quản trị' },
  DocumentType: {
    LAW: 'Luật', DECREE: 'Nghị định', CIRCULAR: 'Thông tư', DECISION: 'Quyết định', DIRECTIVE: 'Chỉ thị', CONCLUSION: 'Kết luận',
    RESOLUTION: 'Nghị quyết', PLAN: 'Kế hoạch', PROGRAM: 'Chương trình', SCHEME: 'Đề án', STRATEGY: 'Chiến lược',
    OFFICIAL_LETTER: 'Công văn', REPORT: 'Báo cáo', OTHER: 'Văn bản khác',
  },
  AgencyKind: {
    PEOPLES_COMMITTEE: 'Ủy ban nhân dân', PEOPLES_COUNCIL: 'Hội đồng nhân dân', DEPARTMENT: 'Sở, ngành', DIVISION: 'Phòng, ban chuyên môn',
    OFFICE: 'Văn phòng', BOARD: 'Ban', PARTY: 'Cấp ủy Đảng', PARTY_BOARD: 'Ban của Đảng', MASS_ORGANIZATION: 'Đoàn thể',
    MEDIA: 'Cơ quan báo chí', MILITARY: 'Quân sự', POLICE: 'Công an', PUBLIC_SERVICE: 'Đơn vị sự nghiệp', MINISTRY: 'Bộ, ngành Trung ương',
    COLLECTIVE: 'Tập thể', OTHER: 'Khác',
  },
  ActivityCategory: {
    PROPAGANDA: 'Tuyên truyền', PROMOTION: 'Quảng bá', PRESS: 'Báo chí', COUNTER_DISINFORMATION: 'Đấu tranh phản bác thông tin sai',
    DIGITAL: 'Thông tin trên mạng', EXHIBITION: 'Triển lãm', EXCHANGE: 'Giao lưu', INVESTMENT_PROMOTION: 'Xúc tiến đầu tư',
    TRAINING: 'Bồi dưỡng, tập huấn', GUIDANCE: 'Chỉ đạo, hướng dẫn', COORDINATION: 'Phối hợp', COMMEMORATION: 'Kỷ niệm',
    RESOURCES: 'Nguồn lực', OTHER: 'Khác',
  },
} as const;

export type EnumName = keyof typeof enums;

/** `<SelectInput choices={choices('PlanStatus')} />` */
export function choices(name: EnumName, only?: readonly string[]) {
  return Object.entries(enums[name])
    .filter(([id]) => !only || only.includes(id))
    .map(([id, label]) => ({ id, name: label }));
}

export const domainMessages = {
  resources: {
    Plan: {
      name: 'Kế hoạch |||| Kế hoạch',
      fields: {
        title: 'Tên kế hoạch', symbol: 'Số, ký hiệu', place: 'Địa danh', issuedOn: 'Ngày ban hành', dateLabel: 'Dòng địa danh, ngày tháng',
        status: 'Trạng thái', startYear: 'Từ năm', endYear: 'Đến năm', year: 'Năm', administrativeUnitId: 'Đơn vị',
        administrativeUnit: 'Đơn vị', issuingAgencyId: 'Cơ quan ban hành', issuingAgency: 'Cơ quan ban hành', budgetTotal: 'Tổng dự toán',
        objectives: 'Mục đích, mục tiêu', requirements: 'Yêu cầu', preamble: 'Đoạn mở đầu', closing: 'Đoạn kết', budgetNote: 'Kinh phí (như văn bản)',
        internalNote: 'Ghi chú nội bộ', parentPlanId: 'Thực hiện kế hoạch cấp trên', q: 'Tìm kiếm',
        legalBases: 'Căn cứ, văn bản thực hiện', activityTree: 'Nội dung, nhiệm vụ', activities: 'Nội dung, nhiệm vụ',
        budgetLines: 'Dòng kinh phí', responsibilities: 'Tổ chức thực hiện', reportingRequirements: 'Chế độ báo cáo',
        recipients: 'Nơi nhận', signature: 'Người ký',
      },
    },
    LegalDocument: {
      name: 'Văn bản |||| Văn bản',
      fields: {
        documentType: 'Loại văn bản', symbol: 'Số, ký hiệu', issuedOn: 'Ngày ban hành', issuerName: 'Cơ quan ban hành',
        issuerId: 'Cơ quan ban hành (danh mục)', title: 'Trích yếu', citedBy: 'Kế hoạch dẫn văn bản này', q: 'Tìm kiếm', year: 'Năm',
      },
    },
    Agency: {
      name: 'Cơ quan |||| Cơ quan',
      fields: {
        name: 'Tên cơ quan', shortName: 'Tên viết tắt', kind: 'Loại cơ quan', administrativeUnitId: 'Đơn vị hành chính',
        administrativeUnit: 'Đơn vị hành chính', parentId: 'Cơ quan cấp trên', contactEmail: 'Thư điện tử', contactPhone: 'Điện thoại', q: 'Tìm kiếm',
      },
    },
    AdministrativeUnit: {
      name: 'Đơn vị hành chính |||| Đơn vị hành chính',
      fields: {
        code: 'Mã', name: 'Tên', fullName: 'Tên đầy đủ', kind: 'Loại', level: 'Cấp', parentId: 'Đơn vị cấp trên', parent: 'Đơn vị cấp trên',
        validFrom: 'Hiệu lực từ', validTo: 'Hiệu lực đến', successor: 'Đơn vị kế thừa', predecessors: 'Kế thừa từ', children: 'Đơn vị trực thuộc', q: 'Tìm kiếm',
      },
    },
    Report: {
      name: 'Báo cáo |||| Báo cáo',
      fields: {
        title: 'Tên báo cáo', symbol: 'Số, ký hiệu', kind: 'Loại báo cáo', status: 'Trạng thái', periodStart: 'Kỳ báo cáo từ',
        periodEnd: 'Kỳ báo cáo đến', issuedOn: 'Ngày ban hành', administrativeUnitId: 'Đơn vị', administrativeUnit: 'Đơn vị',
        issuingAgencyId: 'Cơ quan báo cáo', issuingAgency: 'Cơ quan báo cáo', spending: 'Kinh phí đã chi', results: 'Kết quả thực hiện',
        metrics: 'Số liệu', spendingLines: 'Các khoản chi', nextTasks: 'Nhiệm vụ kỳ tới', recommendations: 'Kiến nghị, đề xuất',
        respondsTo: 'Trả lời văn bản', respondsToId: 'Trả lời văn bản', sections: 'Nội dung báo cáo', q: 'Tìm kiếm', year: 'Năm',
        preamble: 'Đoạn mở đầu', closing: 'Đoạn kết',
      },
    },
    User: {
      name: 'Người dùng |||| Người dùng',
      fields: {
        username: 'Tên đăng nhập', displayName: 'Họ tên, chức danh', roles: 'Vai trò', disabled: 'Đã khóa',
        administrativeUnitId: 'Đơn vị', administrativeUnit: 'Đơn vị', password: 'Mật khẩu mới', q: 'Tìm kiếm', role: 'Vai trò',
      },
    },
    ApiClient: {
      name: 'Ứng dụng kết nối |||| Ứng dụng kết nối',
      fields: {
        name: 'Tên ứng dụng', administrativeUnitId: 'Đơn vị', administrativeUnit: 'Đơn vị', disabled: 'Đã khóa',
        lastUsedAt: 'Lần dùng gần nhất', secret: 'Khóa bí mật',
      },
    },
    BudgetLine: {
      name: 'Dòng kinh phí |||| Dòng kinh phí',
      fields: {
        fiscalYear: 'Năm ngân sách', source: 'Nguồn kinh phí', description: 'Nội dung chi', plannedAmount: 'Dự toán',
        allocatedAmount: 'Được giao', spentAmount: 'Đã chi', activityLabel: 'Thuộc nội dung số', plan: 'Kế hoạch',
      },
    },
    Activity: {
      name: 'Nội dung |||| Nội dung',
      fields: { label: 'Số thứ tự', title: 'Nội dung', category: 'Nhóm nhiệm vụ', status: 'Tiến độ' },
    },
  },
  app: {
    title: 'Quản lý kế hoạch thông tin đối ngoại',
    subtitle: 'Hệ thống dành cho cán bộ Ủy ban nhân dân các cấp',
    unit: 'Đơn vị',
    role: 'Vai trò',
    read_only: 'Chỉ xem',
    none: 'Chưa có',
    plan: {
      republic: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      heading: 'KẾ HOẠCH',
      number: 'Số',
      basis: 'Căn cứ, văn bản thực hiện',
      objectives: 'MỤC ĐÍCH, YÊU CẦU',
      objectives_sub: '1. Mục đích, mục tiêu',
      requirements_sub: '2. Yêu cầu',
      activities: 'NỘI DUNG, NHIỆM VỤ',
      budget: 'KINH PHÍ THỰC HIỆN',
      duties: 'TỔ CHỨC THỰC HIỆN',
      reporting: 'Chế độ báo cáo',
      recipients: 'Nơi nhận',
      no: 'TT',
      activity: 'Nội dung',
      lead: 'Cơ quan chủ trì',
      coordinating: 'Cơ quan phối hợp',
      timeframe: 'Thời gian thực hiện',
      total: 'Tổng cộng',
      report_to: 'Gửi',
      via: 'qua',
      deadline: 'Hạn',
      parent_plan: 'Thực hiện kế hoạch',
      internal_note: 'Ghi chú nội bộ',
      draft_number: 'Số:      /',
      signer_missing: '(chưa ký)',
      edit_hint_nesting: 'Nội dung con (ví dụ 7.a, 7.b)',
      schedule: 'Thời gian thực hiện',
      participants: 'Cơ quan tham gia',
      continuous: 'Thường xuyên',
      quarters: 'Các quý',
      tabs: { general: 'Thông tin chung', content: 'Mục đích, yêu cầu', activities: 'Nội dung, nhiệm vụ', budget: 'Kinh phí', organisation: 'Tổ chức thực hiện', signing: 'Ký, nơi nhận' },
    },
    dashboard: {
      title: 'Tổng quan',
      scope: 'Phạm vi: %{unit}',
      by_status: 'Kế hoạch theo trạng thái',
      upcoming: 'Hạn báo cáo sắp tới (90 ngày)',
      overdue: 'Hạn báo cáo: quá hạn, chưa nộp',
      no_deadlines: 'Không có hạn báo cáo nào.',
      budget: 'Kinh phí dự toán và đã chi theo năm, nguồn',
      planned: 'Dự toán',
      spent: 'Đã chi',
      no_budget: 'Chưa có số liệu kinh phí trong phạm vi của bạn.',
      budget_hidden: 'Bạn không có quyền xem số liệu kinh phí chi tiết.',
    },
    units: { tree: 'Cây đơn vị hành chính', abolished: 'chấm dứt %{date}', successor: 'kế thừa bởi %{name}' },
    api_client: { secret_once: 'Khóa bí mật chỉ hiện một lần. Hãy sao chép và lưu giữ an toàn ngay bây giờ.' },
  },
};
