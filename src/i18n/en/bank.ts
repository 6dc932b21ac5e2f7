/** Text of one question in one locale. */
export interface ItemText {
  /** The question as the visitor reads it. */
  text: string;
  /** Help shown on demand: what the question means and what counts as "yes". */
  help?: string;
  /** A scored item as one line of a "which of these are in place?" checklist: the practice, when it counts as in place. */
  practice?: string;
  /** Labels for a profile question's options, keyed by option id. */
  options?: Record<string, string>;
}

const STATUS_OPTIONS = {
  none: 'Nothing yet',
  'in-progress': 'We are working towards it',
  aligned: 'We consider ourselves aligned (self-declared, not externally audited)',
  certified: 'We are certified',
};

const YES_NO_UNSURE = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

/** English text for every bank item, keyed by item id. */
export const bank: Record<string, ItemText> = {
  org_size: {
    text: 'How many people work for your organisation, counting long-term contractors?',
    options: {
      '1-9': '1 to 9',
      '10-49': '10 to 49',
      '50-249': '50 to 249',
      '250-999': '250 to 999',
      '1000-plus': '1,000 or more',
    },
  },
  markets: {
    text: 'Where are your customers? Choose every region you sell into.',
    options: {
      eu: 'European Union',
      uk: 'United Kingdom',
      us: 'United States',
      india: 'India',
      other: 'Elsewhere',
    },
  },
  buyers: {
    text: 'Who asks, or will soon ask, for proof of your security or AI governance? Choose all that apply.',
    options: {
      smb: 'Small and mid-sized business customers',
      enterprise: 'Large enterprises with procurement and security reviews',
      government: 'Government or other public-sector buyers',
      'investor-early': 'Early-stage investors (seed to Series A)',
      'investor-growth': 'Growth-stage investors (Series B and C)',
      'investor-late': 'Pre-IPO investors or acquirers in due diligence',
      none: 'None of these, or mostly consumers',
    },
  },
  regulated_sector: {
    text: 'Do you work in, or sell to, any of these regulated sectors?',
    options: {
      finance: 'Financial services (banking, insurance, investment)',
      payments: 'Payments',
      health: 'Healthcare or life sciences',
      'public-sector': 'Public sector',
      'critical-infrastructure': 'Critical infrastructure (energy, transport, water, telecoms)',
      none: 'None of these',
    },
  },
  sensitive_data: {
    text: 'Which sensitive information do you hold or process, including for customers?',
    options: {
      'personal-data': 'Personal data about large numbers of people',
      'special-category': 'Health, biometric or other special-category personal data',
      financial: 'Payment card or financial account data',
      'customer-confidential': 'Customers’ confidential business data (source code, contracts, documents)',
      none: 'None of these',
    },
  },
  security_maturity: {
    text: 'Which description fits your security today most closely?',
    options: {
      low: 'Basic: good habits and cloud defaults, few written policies, no regular access reviews',
      medium:
        'Established: multi-factor sign-in everywhere, core policies, tested backups, a part-time security owner',
      high: 'Mature: a dedicated security owner, regular risk reviews and penetration tests, questionnaires answered from evidence',
    },
  },
  ai_role: {
    text: 'Which of these best describes how your organisation uses AI?',
    options: {
      none: 'We do not use AI in our products or our work',
      procures: 'We use AI tools or APIs from others for our own work, but not in our product',
      feature: 'AI is one feature among many in our product, built in-house or on a third-party model',
      core: 'AI is the product: our value comes from models we build, train or fine-tune',
    },
  },
  ai_affects_people: {
    text: 'Is the output of your AI used in decisions about people? Choose every group concerned.',
    options: {
      customers: 'Customers or the end users of our product',
      staff: 'Our staff or job applicants',
      patients: 'Patients',
      citizens: 'Citizens or members of the public',
      none: 'No, it does not feed decisions about people',
    },
  },
  eu_ai_act_high_risk: {
    text: 'Is any of your AI used in an area the EU AI Act classes as high-risk?',
    options: YES_NO_UNSURE,
  },
  ai_use: {
    text: 'Who uses the AI you build?',
    options: {
      customers: 'Our customers, in the product we sell',
      'in-house': 'We do, in our own operations (such as our own credit or hiring decisions)',
      both: 'Both our customers and we ourselves',
      research: 'Only for research: nothing is sold or put into use',
    },
  },
  ai_gpai: {
    text: 'Do you build or fine-tune a general-purpose AI model that others build on?',
    options: {
      no: 'No',
      yes: 'Yes',
      systemic: 'Yes, one with systemic risk',
      unsure: 'Not sure',
    },
  },
  ai_generates: {
    text: 'Does any of your AI talk with people directly, or produce text, images, audio or video that people see?',
    options: YES_NO_UNSURE,
  },
  ai_function: {
    text: 'How is your AI work organised?',
    options: {
      integrated: 'Within our main product and engineering teams',
      separate: 'In a distinct team or unit, run apart from the core product',
    },
  },
  ai_certificate_asked: {
    text: 'Has a customer or a tender already asked you for an ISO/IEC 42001 certificate?',
    options: { yes: 'Yes', no: 'No, or not yet' },
  },
  status_27001: {
    text: 'What do you hold for ISO/IEC 27001 today?',
    options: STATUS_OPTIONS,
  },
  accreditation_27001: {
    text: 'Is the body that certified you accredited for ISO/IEC 27001 by a national accreditation body?',
    options: YES_NO_UNSURE,
  },
  scope_27001: {
    text: 'Does the scope written on your ISO/IEC 27001 certificate cover the products and services your buyers buy from you?',
    options: {
      yes: 'Yes, it covers what they buy',
      partly: 'Only part of it',
      unsure: 'Not sure',
    },
  },
  edition_27001: {
    text: 'Which edition is your ISO/IEC 27001 certificate to, and is it in force?',
    options: {
      current: '2022, and valid',
      '2013': '2013',
      suspended: 'It is suspended',
      expired: 'It has expired or was withdrawn',
      unsure: 'Not sure',
    },
  },
  status_42001: {
    text: 'What do you hold for ISO/IEC 42001 today?',
    options: STATUS_OPTIONS,
  },
  accreditation_42001: {
    text: 'Is the body that certified you accredited for ISO/IEC 42001 by a national accreditation body?',
    options: YES_NO_UNSURE,
  },
  scope_42001: {
    text: 'Does the scope written on your ISO/IEC 42001 certificate cover the AI systems your buyers use or buy?',
    options: {
      yes: 'Yes, it covers what they buy',
      partly: 'Only part of it',
      unsure: 'Not sure',
    },
  },

  context_parties: {
    practice: 'Your context and interested parties are written down and kept current',
    text: 'Have you recorded the internal and external issues that shape your management system, and what customers, regulators and other interested parties require of you?',
  },
  isms_scope: {
    practice: 'A documented scope for your security management system',
    text: 'Have you documented the scope of your information security management system: what it covers (products, locations, teams, systems) and what it leaves out, and why?',
  },
  leadership: {
    practice: 'Top management owns it, with named roles, budget and time',
    text: 'Does top management own your management system, with an accountable executive, assigned roles, and the budget and time it needs?',
  },
  security_policy: {
    practice: 'An approved information security policy with measurable objectives',
    text: 'Do you have a management-approved information security policy, measurable security objectives, and topic policies (access, acceptable use…) that staff have read?',
  },
  risk_method: {
    practice: 'A defined method for assessing and treating risks',
    text: 'Do you have one written method for identifying, analysing and evaluating risks, with criteria for accepting them, that gives consistent results?',
  },
  risk_assessment: {
    practice: 'A security risk assessment done and kept up to date',
    text: 'Have you assessed your information security risks with that method, each with an owner, and do you repeat it at planned intervals and after major changes?',
  },
  soa: {
    practice: 'A Statement of Applicability backed by a risk treatment plan',
    text: 'Do you have a Statement of Applicability for all 93 ISO 27001 Annex A controls (applicable or not, why, implemented or not), backed by a risk treatment plan with owners and dates?',
  },
  risk_acceptance: {
    practice: 'Risk owners have approved the treatment plan and accepted the residual risk',
    text: 'Have the owners of your risks approved the risk treatment plan and formally accepted the risks that remain?',
  },
  changes_communication: {
    practice: 'Changes to the system are planned, and what is communicated to whom is agreed',
    text: 'Do you plan changes to the management system itself, and have you decided what you communicate about it, to whom, when and by whom?',
  },
  competence_awareness: {
    practice: 'Competence is defined and staff get regular security awareness training',
    text: 'Do you know which skills each role needs, keep evidence that people have them, and run awareness training that everyone completes?',
  },
  document_control: {
    practice: 'Policies and records are versioned, approved and controlled',
    text: 'Are your policies, procedures and records controlled: versioned, approved, reviewed on schedule, available and protected from unauthorised change?',
  },
  monitoring_measurement: {
    practice: 'You measure how well your security works and report it',
    text: 'Have you decided what to measure about your controls (patch times, access reviews, incidents…), who measures it and how often, and do you act on the results?',
  },
  internal_audit: {
    practice: 'An internal audit of the security management system has been run',
    text: 'Do you run an internal audit programme for your information security management system, with audits by someone independent of the work audited, and findings recorded and followed up?',
  },
  management_review: {
    practice: 'Top management has reviewed the system formally',
    text: 'Does top management review the information security management system at planned intervals (audit results, incidents, risks, objectives, feedback) and record its decisions?',
  },
  corrective_action: {
    practice: 'Problems found lead to tracked corrective actions',
    text: 'When something goes wrong or an audit finds a gap, do you log it, find the root cause, fix it, and check that the fix worked?',
  },

  asset_inventory: {
    practice: 'An inventory of information assets with owners and classification',
    text: 'Do you keep a current inventory of your information assets (systems, data stores, SaaS tools, devices), each with an owner, and a scheme for how each kind of information is handled?',
  },
  access_control: {
    practice: 'Access on a need-to-know basis, removed promptly and reviewed regularly',
    text: 'Is access granted on a need-to-know basis, approved, removed promptly when people leave or change role, and reviewed regularly, with admin rights limited to a few named people?',
  },
  authentication: {
    practice: 'Multi-factor sign-in enforced on every business system',
    text: 'Is multi-factor sign-in enforced for everyone on email, cloud consoles, code repositories and other business systems, with a password manager or single sign-on in use?',
  },
  cryptography: {
    practice: 'Encryption rules for data at rest and in transit, with key management',
    text: 'Do you encrypt sensitive data in transit and at rest, following a written rule on which algorithms to use and how keys are managed?',
  },
  endpoints: {
    practice: 'Managed, encrypted laptops and phones with malware protection',
    text: 'Are the laptops and phones that reach company data, in the office or when working remotely, managed centrally (encrypted, updated, protected against malware, remotely wipeable) and wiped before reuse or disposal?',
  },
  network_security: {
    practice: 'Networks segmented and protected, with filtered access',
    text: 'Are your networks and cloud environments secured and segregated: filtered traffic, production kept apart from office and test, and network services you rely on managed?',
  },
  physical_security: {
    practice: 'Offices and equipment physically protected',
    text: 'Are your offices, and any rooms holding equipment or paper records, protected with controlled entry, managed visitors and monitoring where needed?',
  },
  people_security: {
    practice: 'Screening, confidentiality terms and a clear leaving process for staff',
    text: 'Do you screen new hires in proportion to their role, put security and confidentiality duties in contracts, and remove access and recover equipment when people leave?',
  },
  supplier_security: {
    practice: 'Suppliers and cloud services assessed and bound by security terms',
    text: 'Before relying on a supplier (cloud, SaaS, contractors, model or API providers), do you assess their security, set out responsibilities in the contract, and review them periodically?',
  },
  legal_privacy: {
    practice: 'Legal, contractual and privacy duties listed and met',
    text: 'Have you listed the laws, regulations and contracts that set security and privacy requirements for you, and can you show how you meet them?',
  },
  data_protection: {
    practice: 'Rules for acceptable use, deletion, masking and data leakage',
    text: 'Do you control where sensitive data may go: acceptable-use rules (what may be pasted into AI tools included), deletion when no longer needed, masking in test and analytics, and measures against leaks?',
  },
  threat_intelligence: {
    practice: 'You follow threats and security news relevant to you',
    text: 'Do you gather and act on information about threats relevant to you (advisories, vendor alerts, sector groups), and know which authorities to contact when something happens?',
  },
  vulnerability_management: {
    practice: 'Vulnerabilities found and patched on a defined timetable',
    text: 'Do you find and fix technical weaknesses on a schedule, with tracked patching, vulnerability scanning and secure baseline configurations, within deadlines you have set, with an independent test now and then?',
  },
  secure_development: {
    practice: 'Secure development: reviews, testing and separate environments',
    text: 'Do you develop software securely, with security requirements, code review, automated security testing, and separate development, test and production environments?',
  },
  change_management: {
    practice: 'Changes to systems are planned, approved and tested',
    text: 'Are changes to your systems and processes planned, tested, approved and recorded, with a way to roll back, and are unplanned changes reviewed for their effects?',
  },
  logging_monitoring: {
    practice: 'Logs collected, protected and watched for anomalies',
    text: 'Do your systems record security-relevant events (sign-ins, admin actions, errors, and for AI systems their use and outputs) in protected, time-synchronised logs that someone reviews?',
  },
  incident_management: {
    practice: 'A tested incident response process with clear roles',
    text: 'Do you have a tested incident response process: staff know how to report, and incidents are assessed, handled, communicated to those affected and reviewed for lessons?',
  },
  backup_continuity: {
    practice: 'Tested backups and a continuity plan',
    text: 'Are backups of critical data protected and restored in tests, and do you have a plan to keep key services running or recover them after a major disruption?',
  },

  ai_scope: {
    practice: 'A documented scope for your AI management system',
    text: 'Have you listed the AI systems you build, use or buy, recorded your role for each (developer, provider, or user of someone else’s system), and defined which your AI management system covers?',
  },
  ai_policy: {
    practice: 'An approved AI policy with objectives',
    text: 'Do you have a management-approved AI policy with measurable objectives for how your AI should behave (fairness, accuracy, transparency…), consistent with your other policies and reviewed on schedule?',
  },
  ai_accountability: {
    practice: 'Named roles and resources for AI, and an inventory of AI systems',
    text: 'Is someone accountable for each AI system, and have you documented what it relies on: data, tools, computing, and people with the right skills?',
  },
  ai_concerns: {
    practice: 'A way for staff to raise concerns about AI',
    text: 'Can staff and others raise concerns about your AI, confidentially and without fear of reprisal, and are those concerns looked into?',
  },
  ai_risk_assessment: {
    practice: 'An AI risk assessment done and kept up to date',
    text: 'Have you assessed the risks your AI systems carry (bias, errors, drift, misuse, decisions nobody can explain) against defined criteria, with owners, and do you repeat it when systems change?',
  },
  ai_impact_assessment: {
    practice: 'Impact assessments of your AI systems on people and society',
    text: 'Have you assessed how each AI system could affect individuals, groups and society (unfair outcomes, loss of privacy, harm from errors) and documented the results?',
  },
  ai_soa: {
    practice: 'An AI Statement of Applicability with a treatment plan',
    text: 'Do you have a Statement of Applicability for the ISO 42001 Annex A controls (which apply, why, implemented or not) and a plan for treating your AI risks?',
  },
  ai_lifecycle: {
    practice: 'A defined lifecycle for the AI you build, from design to retirement',
    text: 'When you build or change an AI system, do you set requirements and responsible-development objectives up front, and keep design and technical documentation for it?',
  },
  ai_data: {
    practice: 'Data for AI documented: sources, quality, provenance and preparation',
    text: 'Do you know where the data that trains, tunes or feeds your AI comes from, and check its quality, representativeness and your right to use it, recording how it was prepared?',
  },
  ai_verification: {
    practice: 'AI systems verified and validated before release',
    text: 'Before an AI system or a new version goes live, is it tested against acceptance criteria (accuracy, robustness, fairness) and the deployment approved?',
  },
  ai_change: {
    practice: 'Model updates, retraining and supplier model changes go through change control',
    text: 'Do retraining, fine-tuning and model updates (your own or a supplier’s) go through their own change process, with impact checked and approval before use?',
  },
  ai_monitoring: {
    practice: 'AI systems monitored in operation',
    text: 'Once AI systems are in use, do you monitor how they perform (errors, drift, complaints, misuse) and act when they fall short?',
  },
  ai_incidents: {
    practice: 'Playbooks for AI failures and incidents',
    text: 'Do you have playbooks for AI failures (harmful or wrong output, drift, misuse), saying who decides, who is told and when, including authorities where required?',
  },
  ai_responsible_use: {
    practice: 'Rules for responsible use of AI, with human oversight',
    text: 'For each AI system, have you defined its intended use and limits and where a person must review or can override its output, and do you check that it is used that way?',
  },
  ai_transparency: {
    practice: 'Users informed about the AI and how to report problems',
    text: 'Do users and people affected by your AI get clear information (that AI is involved, what it is for, its limits) and a way to report problems or harm?',
  },
  ai_suppliers: {
    practice: 'AI suppliers and models assessed, with responsibilities agreed',
    text: 'For the AI models, APIs and datasets you get from others, do you check them against your responsible-AI requirements (documentation, data practices, use of your data) before and during use?',
  },
  ai_customers: {
    practice: 'Customers told how to use your AI properly and what it cannot do',
    text: 'Do you tell customers who use your AI what it is meant for and what their responsibilities are, and take their feedback into account?',
  },
  ai_internal_audit: {
    practice: 'An internal audit that covers the AI management system',
    text: 'Does an internal audit programme cover your AI management system (its clauses and the AI controls you apply), with findings recorded and followed up?',
  },
  ai_management_review: {
    practice: 'Top management has reviewed the AI management system',
    text: 'Does top management review the AI management system at planned intervals (AI risks and impacts, incidents, objectives, concerns raised) and record its decisions?',
  },
};
