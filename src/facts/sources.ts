import type { Source } from './types';

/**
 * Every source the extension links to. All but the last come from shared/ban-facts.md §3;
 * the UI shows the official ones as the evidence for each fact.
 */
export const SOURCES = {
  bisPressRelease: {
    title: 'Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers',
    url: 'https://www.bis.gov/press-release/commerce-department-prohibits-russian-kaspersky-software-us-customers',
    official: true,
    publisher: 'U.S. Department of Commerce, BIS',
    status: 'seen',
  },
  finalDetermination: {
    title: 'Final Determination: Case No. ICTS-2021-002, Kaspersky Lab, Inc. (89 FR 52434)',
    url: 'https://www.federalregister.gov/d/2024-13532',
    official: true,
    publisher: 'Federal Register',
    status: 'pattern',
  },
  bisKasperskyPage: {
    title: 'Kaspersky — Office of Information and Communications Technology and Services',
    url: 'https://oicts.bis.gov/kaspersky/',
    official: true,
    publisher: 'U.S. Department of Commerce, BIS',
    status: 'seen',
  },
  finalDeterminationGovinfo: {
    title: 'Final Determination, 89 FR 52434 (govinfo)',
    url: 'https://www.govinfo.gov/content/pkg/FR-2024-06-24/html/2024-13532.htm',
    official: true,
    publisher: 'govinfo (U.S. Government Publishing Office)',
    status: 'pattern',
  },
  entityListRule: {
    title: 'Additions to the Entity List (89 FR 52362)',
    url: 'https://www.govinfo.gov/content/pkg/FR-2024-06-24/html/2024-13695.htm',
    official: true,
    publisher: 'govinfo (U.S. Government Publishing Office)',
    status: 'seen',
  },
  ictsPart791: {
    title: 'ICTS rules moved to 15 CFR part 791',
    url: 'https://www.govinfo.gov/content/pkg/FR-2024-07-18/html/2024-15258.htm',
    official: true,
    publisher: 'govinfo (U.S. Government Publishing Office)',
    status: 'seen',
  },
  ofacRecentActions: {
    title: 'OFAC Recent Actions, June 21, 2024',
    url: 'https://ofac.treasury.gov/recent-actions/20240621',
    official: true,
    publisher: 'U.S. Department of the Treasury, OFAC',
    status: 'pattern',
  },
  bod1701: {
    title: 'Binding Operational Directive 17-01',
    url: 'https://www.cisa.gov/news-events/directives/binding-operational-directive-17-01',
    official: true,
    publisher: 'CISA (U.S. Department of Homeland Security)',
    status: 'seen',
  },
  bod1701Notice: {
    title: 'BOD 17-01 notice (82 FR 43782)',
    url: 'https://www.govinfo.gov/content/pkg/FR-2017-09-19/html/2017-19838.htm',
    official: true,
    publisher: 'govinfo (U.S. Government Publishing Office)',
    status: 'seen',
  },
  ndaa2018: {
    title: 'H.R. 2810, National Defense Authorization Act for Fiscal Year 2018',
    url: 'https://www.congress.gov/bill/115th-congress/house-bill/2810',
    official: true,
    publisher: 'Congress.gov',
    status: 'pattern',
  },
  farSubpart420: {
    title: 'FAR subpart 4.20',
    url: 'https://www.acquisition.gov/far/subpart-4.20',
    official: true,
    publisher: 'Acquisition.gov',
    status: 'pattern',
  },
  fccCoveredList: {
    title: 'FCC Covered List',
    url: 'https://www.fcc.gov/supplychain/coveredlist',
    official: true,
    publisher: 'Federal Communications Commission',
    status: 'seen',
  },
  fccDa22320: {
    title: 'FCC Public Notice DA 22-320',
    url: 'https://docs.fcc.gov/public/attachments/DA-22-320A1.txt',
    official: true,
    publisher: 'Federal Communications Commission',
    status: 'seen',
  },
  kasperskyRemovalTool: {
    title: 'How to remove Kaspersky applications (Kaspersky Removal Tool)',
    url: 'https://support.kaspersky.com/common/uninstall/1464',
    official: false,
    publisher: 'Kaspersky (official support site)',
    status: 'referenced',
    note: 'Not in ban-facts.md: the popup links it as "how to remove it". It is on support.kaspersky.com, Kaspersky\'s own support site (ban-facts.md §6 lists it as Kaspersky-owned, not a storefront).',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** The three sources the popup always shows, primary first. */
export const PRIMARY_SOURCES: readonly SourceId[] = ['bisPressRelease', 'finalDetermination', 'bisKasperskyPage'];
