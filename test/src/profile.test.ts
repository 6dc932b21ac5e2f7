import { expect } from 'chai';
import * as z from '../../src/zod.js';
import { ITEMS } from '../../src/bank/items.js';
import { DEFAULT_EMPLOYEES, EMPLOYEES_BY_BAND, deriveProfile } from '../../src/profile.js';
import { OrgProfileSchema } from '../../src/schemas/profile.js';
import type { Answers } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';

const BOTH: StandardId[] = ['iso27001', 'iso42001'];

// An AI product company selling to enterprises in the EU.
const answers: Answers = {
  org_size: '50-249',
  markets: ['eu', 'us'],
  buyers: ['enterprise', 'investor-early'],
  regulated_sector: ['finance'],
  sensitive_data: ['personal-data', 'financial'],
  security_maturity: 'medium',
  ai_role: 'core',
  ai_affects_people: ['customers', 'staff'],
  eu_ai_act_high_risk: 'yes',
  ai_function: 'separate',
  status_27001: 'aligned',
  status_42001: 'in-progress',
};

describe('deriveProfile', () => {
  it('should map a full set of answers to the profile', () => {
    expect(deriveProfile(answers, BOTH)).to.deep.equal({
      aiRole: 'core',
      aiAffectsPeople: true,
      euAiActHighRisk: 'yes',
      handlesSensitiveData: true,
      regulatedSector: true,
      markets: ['eu', 'us'],
      buyers: ['enterprise', 'investor-early'],
      status: { iso27001: 'aligned', iso42001: 'in-progress' },
      securityMaturity: 'medium',
      aiFunction: 'separate',
      employees: 120,
      aiDeployment: 'customers',
      aiGeneratesContent: false,
      aiCertificateAsked: false,
      sectors: ['finance'],
      dataKinds: ['personal-data', 'financial'],
      aiAffects: ['customers', 'staff'],
    });
  });

  it('should read the edition and state of a certificate, unanswered as not sure (review X2, O08)', () => {
    const certified = { ...answers, status_27001: 'certified', accreditation_27001: 'yes' };
    expect(deriveProfile({ ...certified, edition_27001: '2013' }, BOTH).certificateState).to.deep.equal({
      iso27001: '2013',
    });
    expect(deriveProfile(certified, BOTH).certificateState).to.deep.equal({ iso27001: 'unsure' });
    expect(deriveProfile(answers, BOTH).certificateState).to.equal(undefined);
  });

  it('should read a general-purpose model and research-only AI (review X1 O10, Y7 O16)', () => {
    expect(deriveProfile({ ...answers, ai_gpai: 'systemic' }, BOTH).aiGeneralPurpose).to.equal('systemic');
    expect(deriveProfile({ ...answers, ai_gpai: 'no' }, BOTH).aiGeneralPurpose).to.equal(undefined);
    expect(deriveProfile({ ...answers, ai_use: 'research' }, BOTH).aiDeployment).to.equal('research');
  });

  it('should make AI built and used in-house a provider and deployer case, and read the certificate scope', () => {
    const profile = deriveProfile(
      {
        ...answers,
        ai_use: 'in-house',
        ai_generates: 'unsure',
        status_27001: 'certified',
        scope_27001: 'partly',
      },
      BOTH,
    );
    expect(profile.aiDeployment).to.equal('in-house');
    expect(profile.aiGeneratesContent, 'unsure keeps the transparency duty in view').to.equal(true);
    expect(profile.certificateScope).to.deep.equal({ iso27001: 'partly' });
    expect(deriveProfile({ ...answers, status_27001: 'certified' }, BOTH).certificateScope).to.deep.equal({
      iso27001: 'unsure',
    });
  });

  it('should keep growth-stage investors apart from pre-IPO ones', () => {
    expect(deriveProfile({ buyers: ['investor-growth'] }, BOTH).buyers).to.deep.equal(['investor-growth']);
  });

  it('should give a profile that OrgProfileSchema accepts, whatever is answered', () => {
    const samples: Answers[] = [
      {},
      answers,
      { ai_role: 'procures' },
      { org_size: '1000-plus', buyers: ['none'] },
    ];
    for (const sample of samples) {
      for (const scope of [BOTH, ['iso27001'], ['iso42001']] as StandardId[][]) {
        expect(z.safeParse(OrgProfileSchema, deriveProfile(sample, scope)).success).to.equal(true);
      }
    }
  });

  it('should fall back to documented defaults when nothing is answered', () => {
    expect(deriveProfile({}, BOTH)).to.deep.equal({
      aiRole: 'none',
      aiAffectsPeople: false,
      euAiActHighRisk: 'no',
      handlesSensitiveData: false,
      regulatedSector: false,
      markets: [],
      buyers: [],
      status: { iso27001: 'none', iso42001: 'none' },
      securityMaturity: 'low',
      aiFunction: 'integrated',
      employees: DEFAULT_EMPLOYEES,
    });
  });

  describe('AI', () => {
    it('should ignore AI answers when the AI role is none, even if they are present', () => {
      const profile = deriveProfile({ ...answers, ai_role: 'none' }, BOTH);
      expect(profile.aiRole).to.equal('none');
      expect(profile.aiAffectsPeople).to.equal(false);
      expect(profile.euAiActHighRisk).to.equal('no');
      expect(profile.aiFunction).to.equal('integrated');
    });

    it('should treat an unanswered EU AI Act question as unsure when AI is in use', () => {
      const { eu_ai_act_high_risk: _, ...rest } = answers;
      expect(deriveProfile(rest, BOTH).euAiActHighRisk).to.equal('unsure');
    });

    it('should keep unsure as unsure for the EU AI Act', () => {
      expect(deriveProfile({ ...answers, eu_ai_act_high_risk: 'unsure' }, BOTH).euAiActHighRisk).to.equal(
        'unsure',
      );
    });

    it('should not count "none" as people affected', () => {
      expect(deriveProfile({ ...answers, ai_affects_people: ['none'] }, BOTH).aiAffectsPeople).to.equal(
        false,
      );
    });

    it('should keep the AI team integrated for those who only procure AI', () => {
      expect(deriveProfile({ ...answers, ai_role: 'procures' }, BOTH).aiFunction).to.equal('integrated');
    });
  });

  describe('status', () => {
    it('should give certified-accredited only when accreditation is confirmed', () => {
      const profile = deriveProfile(
        { ...answers, status_27001: 'certified', accreditation_27001: 'yes' },
        BOTH,
      );
      expect(profile.status.iso27001).to.equal('certified-accredited');
    });

    it('should treat an unconfirmed accreditation as non-accredited', () => {
      for (const accreditation of ['unsure', 'no']) {
        const profile = deriveProfile(
          { ...answers, status_42001: 'certified', accreditation_42001: accreditation },
          BOTH,
        );
        expect(profile.status.iso42001, accreditation).to.equal('certified-non-accredited');
      }
      expect(deriveProfile({ ...answers, status_27001: 'certified' }, BOTH).status.iso27001).to.equal(
        'certified-non-accredited',
      );
    });

    it('should ignore an accreditation answer when the visitor is not certified', () => {
      const profile = deriveProfile(
        { ...answers, status_27001: 'aligned', accreditation_27001: 'yes' },
        BOTH,
      );
      expect(profile.status.iso27001).to.equal('aligned');
    });

    it('should keep a status held outside the scope, since it shapes the path', () => {
      const certified = { ...answers, status_42001: 'certified', accreditation_42001: 'yes' };
      expect(deriveProfile(certified, ['iso27001']).status.iso42001).to.equal('certified-accredited');
      expect(deriveProfile({ ...answers, status_27001: 'aligned' }, ['iso42001']).status.iso27001).to.equal(
        'aligned',
      );
    });

    it('should give none for an ISO 42001 status when no AI is used and 42001 is out of scope', () => {
      const noAi = { ...answers, ai_role: 'none', status_42001: 'certified', accreditation_42001: 'yes' };
      expect(deriveProfile(noAi, ['iso27001']).status.iso42001).to.equal('none');
    });
  });

  describe('organisation', () => {
    it('should map every size band to a headcount inside the band', () => {
      const sizes = ITEMS.find((item) => item.id === 'org_size');
      const bands = sizes?.kind === 'profile' ? sizes.options : [];
      expect(Object.keys(EMPLOYEES_BY_BAND)).to.have.members(bands);
      const within: Record<string, [number, number]> = {
        '1-9': [1, 9],
        '10-49': [10, 49],
        '50-249': [50, 249],
        '250-999': [250, 999],
        '1000-plus': [1000, 10_000_000],
      };
      for (const band of bands) {
        const employees = deriveProfile({ org_size: band }, BOTH).employees;
        expect(employees, band).to.be.within(...(within[band] ?? [0, 0]));
      }
    });

    it('should map buyers "none" to an empty list', () => {
      expect(deriveProfile({ buyers: ['none'] }, BOTH).buyers).to.deep.equal([]);
      expect(deriveProfile({ buyers: ['none', 'smb'] }, BOTH).buyers).to.deep.equal(['smb']);
    });

    it('should read "none" of the sectors and sensitive data as false', () => {
      const profile = deriveProfile({ regulated_sector: ['none'], sensitive_data: ['none'] }, BOTH);
      expect(profile.regulatedSector).to.equal(false);
      expect(profile.handlesSensitiveData).to.equal(false);
    });

    it('should map each security maturity level and ignore unknown values', () => {
      for (const level of ['low', 'medium', 'high'] as const) {
        expect(deriveProfile({ security_maturity: level }, BOTH).securityMaturity).to.equal(level);
      }
      expect(deriveProfile({ markets: ['eu', 'mars'] }, BOTH).markets).to.deep.equal(['eu']);
    });
  });
});
