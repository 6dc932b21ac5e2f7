/** Text of one question in one locale. */
export interface ItemText {
  /** The question as the visitor reads it. */
  text: string;
  /** Help shown on demand: what the question means and what counts as "yes". */
  help?: string;
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
    help: 'Certification bodies size their audits by headcount, and larger organisations have more people, systems and sites to cover, so the band shapes the timelines and cost ranges in your result.',
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
    help: 'Markets decide which regulations and buyer habits apply. For example, the EU AI Act can reach an AI system whose output is used in the EU even when its provider is based elsewhere.',
    options: {
      eu: 'European Union',
      uk: 'United Kingdom',
      us: 'United States',
      india: 'India',
      other: 'Elsewhere',
    },
  },
  buyers: {
    text: 'Who asks you, or will soon ask you, for proof of your security or AI governance? Choose all that apply.',
    help: 'Each group accepts different evidence. Smaller customers are often satisfied by a completed security questionnaire and your policies; large enterprises, public bodies and later-stage investors tend to ask for a certificate issued by an accredited body.',
    options: {
      smb: 'Small and mid-sized business customers',
      enterprise: 'Large enterprises with procurement and security reviews',
      government: 'Government or other public-sector buyers',
      'investor-early': 'Early-stage investors (seed to Series A)',
      'investor-late': 'Later-stage investors or acquirers (Series B onwards, pre-IPO)',
      none: 'None of these, or mostly consumers',
    },
  },
  regulated_sector: {
    text: 'Do you work in, or sell to, any of these regulated sectors?',
    help: 'Organisations in these sectors answer to regulators who expect their suppliers to show formal, externally checked assurance, so selling into them raises the bar as much as working in them.',
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
    text: 'Which kinds of sensitive information do you hold or process, including on behalf of customers?',
    help: 'Count data you process for customers as well as your own. Sensitive means information whose loss or exposure would seriously harm people or the customers who trusted you with it.',
    options: {
      'personal-data': 'Personal data about large numbers of people',
      'special-category': 'Health, biometric or other special-category personal data',
      financial: 'Payment card or financial account data',
      'customer-confidential':
        'Customers’ confidential business data (source code, contracts, internal documents)',
      none: 'None of these',
    },
  },
  security_maturity: {
    text: 'Which description fits your security today most closely?',
    help: 'Nobody matches one description exactly; pick the nearest. It tells us how much groundwork to expect before the management system itself can run.',
    options: {
      low: 'Basic: we rely on good habits and our cloud providers, have few written policies and no regular access reviews',
      medium:
        'Established: multi-factor sign-in everywhere, core policies written, backups restored in tests, someone owns security part-time',
      high: 'Mature: a dedicated security owner, regular risk reviews and penetration tests, and security questionnaires answered from existing evidence',
    },
  },
  ai_role: {
    text: 'Which of these best describes how your organisation uses AI?',
    help: 'Include machine learning and generative AI, and the AI tools your staff use at work. If several apply, choose the one furthest down the list that is true for you.',
    options: {
      none: 'We do not use AI in our products or our work',
      procures: 'We use AI tools or APIs made by others for our own work, but put no AI in our product',
      feature: 'AI is one feature among many in our product, built in-house or on a third-party model',
      core: 'AI is the product: our value comes from models we build, train or fine-tune',
    },
  },
  ai_affects_people: {
    text: 'Is the output of your AI used in decisions about people? Choose every group concerned.',
    help: 'Count decisions the AI takes and decisions it informs, such as ranking job applicants, flagging transactions, triaging patients or setting priorities for public services. Decisions about people raise the bar for impact assessment and human oversight.',
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
    help: 'High-risk areas include recruitment and managing workers, creditworthiness and life or health insurance pricing, access to education and exam scoring, access to essential public services and benefits, medical devices, law enforcement, migration and border control, the administration of justice, and safety components of critical infrastructure. High-risk systems carry legal obligations beyond any ISO standard, so if you are not sure, say so.',
    options: YES_NO_UNSURE,
  },
  ai_function: {
    text: 'How is your AI work organised?',
    help: 'This decides whether one management system covering security and AI suits you, or two systems sharing a common backbone. A separate unit usually has its own leadership, roadmap and infrastructure.',
    options: {
      integrated: 'Within our main product and engineering teams',
      separate: 'In a distinct team or unit, run apart from the core product',
    },
  },
  status_27001: {
    text: 'What do you hold for ISO/IEC 27001 today?',
    help: 'Aligned means you have built an information security management system to the standard, including a risk assessment, a Statement of Applicability and an internal audit, but no external auditor has checked it. Certified means a certification body audited you and your certificate is still valid.',
    options: STATUS_OPTIONS,
  },
  accreditation_27001: {
    text: 'Is the body that certified you accredited for ISO/IEC 27001 by a national accreditation body?',
    help: 'An accredited certificate carries the mark of a national accreditation body such as UKAS (UK), DAkkS (Germany), ANAB (US), SAS (Switzerland) or COFRAC (France), and can be looked up in that body’s directory or in IAF CertSearch. Many enterprise buyers turn down certificates without one. If you cannot confirm it, choose “Not sure”: we then treat the certificate as unaccredited until someone checks.',
    options: YES_NO_UNSURE,
  },
  status_42001: {
    text: 'What do you hold for ISO/IEC 42001 today?',
    help: 'Aligned means you have built an AI management system to the standard, including AI risk and impact assessments, a Statement of Applicability and an internal audit, but no external auditor has checked it. Certified means a certification body audited you and your certificate is still valid.',
    options: STATUS_OPTIONS,
  },
  accreditation_42001: {
    text: 'Is the body that certified you accredited for ISO/IEC 42001 by a national accreditation body?',
    help: 'Accreditation is granted per standard, and ISO/IEC 42001 is recent, so a body accredited for ISO 27001 may not yet be accredited for 42001. Check the certificate for the accreditation body’s mark (UKAS, DAkkS, ANAB, SAS, COFRAC…) and the scope listed in that body’s directory. If you cannot confirm it, choose “Not sure”: we then treat the certificate as unaccredited until someone checks.',
    options: YES_NO_UNSURE,
  },

  context_parties: {
    text: 'Have you written down the internal and external issues that shape your management system, and what customers, regulators and other interested parties require of you?',
    help: 'An auditor expects a short register of issues (commercial, legal, technical, organisational, and whether climate change is relevant to you) and of interested parties with their requirements, reviewed at least once a year. One register can serve security and AI governance alike. Answer “Partly” if it lives only in people’s heads or is out of date.',
  },
  isms_scope: {
    text: 'Have you documented the scope of your information security management system: the products, services, locations, teams and systems it covers, and anything left out with the reason?',
    help: 'The scope statement is among the first documents a certification body asks for, and its wording appears on the certificate. “Yes” means a written scope, approved by management, that names its boundaries and the outside services it depends on, such as your cloud providers.',
  },
  leadership: {
    text: 'Has top management taken visible ownership of your management system, with an accountable executive, assigned roles and responsibilities, and the budget and time it needs?',
    help: 'Evidence looks like a named accountable executive, a written record of who owns which risks, controls and audits, and resourcing decisions minuted by management. A security lead working without management backing counts as “Partly”.',
  },
  security_policy: {
    text: 'Do you have an information security policy approved by management, measurable security objectives, and topic policies (access, acceptable use and so on) that staff have read?',
    help: 'Auditors check that the policy is approved, communicated and reviewed; that objectives can be measured and have owners and deadlines; and that topic policies exist where your risks call for them. A downloaded template that was never adapted or shared is “Partly” at best.',
  },
  risk_method: {
    text: 'Do you have one written method for identifying, analysing and evaluating risks, with criteria for when a risk is acceptable, that gives consistent results each time it is used?',
    help: 'The method covers the scales for likelihood and impact, the acceptance criteria and who may accept remaining risk. It is the part of risk management you can design once and apply to security and AI risks alike. “Yes” needs it written down and actually in use; a spreadsheet is fine.',
  },
  risk_assessment: {
    text: 'Have you assessed your information security risks with that method, each risk with an owner, and do you repeat the assessment at planned intervals and after major changes?',
    help: 'Evidence is a risk register with dated assessments of threats to the confidentiality, integrity and availability of information, named owners and scores against your criteria, plus proof it has been revisited. A one-off exercise from years ago counts as “Partly”. A current risk assessment is one of the milestones that make a management system real.',
  },
  soa: {
    text: 'Do you have a Statement of Applicability for all 93 ISO 27001 Annex A controls (applicable or not, why, and implemented or not), backed by a risk treatment plan with owners and dates?',
    help: 'The Statement of Applicability ties the controls you chose to your risks and justifies every exclusion; auditors read it early and plan their sampling from it. The treatment plan shows who does what by when, and that risk owners have accepted what risk remains.',
  },
  competence_awareness: {
    text: 'Do you know which skills each role in your management system needs, keep evidence that people have them, and run awareness training that everyone completes and you track?',
    help: 'Evidence includes role requirements, training records, certificates or CVs for key roles, and completion rates for awareness training, typically at onboarding and yearly after that (phishing, handling data, reporting incidents). One training and records process can carry both security and AI topics.',
  },
  document_control: {
    text: 'Are your policies, procedures and records controlled: versioned, approved, reviewed on a schedule, available to those who need them and protected from unauthorised change?',
    help: 'Any tool works, whether a wiki, a document system or a repository, as long as you can show owners, version history, approvals, review dates and how long records are kept. Answer “Partly” if documents exist but nobody can tell which version is current.',
  },
  monitoring_measurement: {
    text: 'Have you decided what to measure about your controls and management system (patch times, access reviews completed, incidents…), who measures it and how often, and do you act on the results?',
    help: 'Auditors look for a small set of defined measures with owners, collected on schedule and discussed where decisions are taken. Dashboards that nobody reviews count as “Partly”.',
  },
  internal_audit: {
    text: 'Do you run an internal audit programme over your management system, with planned audits by someone independent of the work audited, and findings recorded and followed up?',
    help: 'You need an audit plan that covers every clause and your applicable controls over a cycle (usually a year), auditors who do not check their own work (an outside consultant is fine), audit reports and tracked findings. If your management system already includes AI governance but the audits leave it out, answer “Partly”. A completed internal audit comes before certification and before you can honestly call yourself aligned.',
  },
  management_review: {
    text: 'Does top management review the management system at planned intervals, considering audit results, incidents, risks, objectives, measurements and feedback, and record its decisions?',
    help: 'Evidence is a record of each review showing the expected inputs were considered and the decisions taken on improvements, resources and changes. Many organisations hold one review every quarter or half-year for security and AI together. A completed management review comes before certification.',
  },
  corrective_action: {
    text: 'When something goes wrong or an audit finds a gap, do you log it, find the root cause, fix it, and check afterwards that the fix worked?',
    help: 'Auditors look for a nonconformity log or tickets showing the cause, actions, owners, dates and an effectiveness check, and for signs that the system improves over time. Fixing symptoms without recording them counts as “Partly”.',
  },

  asset_inventory: {
    text: 'Do you keep a current inventory of your information assets (systems, data stores, SaaS tools, devices), each with an owner, and a classification scheme that sets how each kind of information is handled?',
    help: 'Evidence is an asset register (a device-management export or a spreadsheet is fine) with owners, a short classification scheme such as public, internal and confidential, and acceptable-use rules staff have agreed to. Answer “Partly” if the list misses your SaaS tools or has no owner.',
  },
  access_control: {
    text: 'Is access to systems and data granted on a need-to-know basis, approved, removed promptly when people leave or change role, and reviewed regularly, with admin rights limited to a few named people?',
    help: 'Evidence includes an access policy, records for joiners, movers and leavers, periodic access reviews with sign-off, and a list of privileged accounts. Shared admin accounts, or reviews that never happen, make this “Partly” or “No”.',
  },
  authentication: {
    text: 'Is multi-factor sign-in enforced for everyone on email, cloud consoles, code repositories and other business systems, with a password manager or single sign-on in use?',
    help: '“Yes” means enforced by configuration rather than recommended, with any exceptions documented and approved. An auditor may ask to see the settings in your identity provider.',
  },
  cryptography: {
    text: 'Do you encrypt sensitive data in transit and at rest, following a written rule on which algorithms to use and how keys are managed?',
    help: 'Cloud defaults often encrypt storage already; the gap is usually the written rule and key management (who can reach keys, rotation, backup). Evidence is a cryptography standard and configuration that matches it.',
  },
  endpoints: {
    text: 'Are the laptops and phones that reach company data managed centrally (encrypted, updated, protected against malware, lockable and wipeable remotely) and wiped securely before reuse or disposal?',
    help: 'Evidence includes device-management reports on encryption and update status, rules for working remotely, and disposal records or certificates. Personal devices used without any controls make this “Partly” or “No”.',
  },
  physical_security: {
    text: 'Are your offices, and any rooms holding equipment or paper records, protected with controlled entry, managed visitors and monitoring where needed?',
    help: 'Choose “Does not apply to us” only if you have no premises at all, for example a fully remote team working on cloud services; the data centres then fall under your supplier checks. Shared offices and co-working spaces still count: think of locked storage and screens out of view.',
  },
  people_security: {
    text: 'Do you screen new hires in proportion to their role, put security and confidentiality duties in contracts or NDAs, and remove access and recover equipment when people leave?',
    help: 'Evidence includes background checks where lawful and proportionate, employment terms or NDAs that mention security duties, and offboarding checklists completed on time.',
  },
  supplier_security: {
    text: 'Before relying on a supplier (cloud, SaaS, contractors, model or API providers), do you assess their security, set out responsibilities in the contract, and review them periodically?',
    help: 'Evidence includes a supplier register ranked by risk, due-diligence records such as questionnaires or the supplier’s own certificates and reports, contract clauses on security and who is responsible for what, and periodic reviews. The same onboarding workflow can serve security and AI suppliers; AI-specific checks are asked separately.',
  },
  legal_privacy: {
    text: 'Have you listed the laws, regulations and contracts that set security and privacy requirements for you (data protection law, sector rules, customer contracts), and can you show how you meet them?',
    help: 'Evidence is a register of legal and contractual requirements with owners, a record of processing activities and privacy notices where personal data is involved, and a way of handling data-subject requests and breach notifications.',
  },
  vulnerability_management: {
    text: 'Do you find and fix technical weaknesses on a schedule, with tracked patching, vulnerability scanning and secure baseline configurations, within deadlines you have set?',
    help: 'Evidence includes scanner or dependency-alert reports, patch deadlines by severity, configuration baselines (for example CIS benchmarks or infrastructure as code), and exceptions with owners.',
  },
  secure_development: {
    text: 'Do you develop software securely, with security requirements, code review, automated security testing, and separate development, test and production environments?',
    help: 'Evidence includes a secure development policy, reviewed pull requests, security tests in the pipeline (static analysis, dependency checks), separated environments and restricted access to production. Choose “Does not apply to us” only if you develop no software, in-house or outsourced.',
  },
  change_management: {
    text: 'Are changes to your systems and processes planned, tested, approved and recorded, with a way to roll back, and do you review unplanned changes for their effects?',
    help: 'Evidence includes change tickets or pull requests with approvals, release records, and reviews of changes that went wrong. The same process can take in updates to AI models; checks specific to AI releases are asked separately.',
  },
  logging_monitoring: {
    text: 'Do your systems record security-relevant events (sign-ins, admin actions, errors, and for AI systems their use and outputs where appropriate) in protected, time-synchronised logs that someone reviews?',
    help: 'Evidence includes central logging with retention rules, alerts on suspicious activity, synchronised clocks, and proof that alerts are looked at. Logs that exist but are never reviewed count as “Partly”.',
  },
  incident_management: {
    text: 'Do you have a tested incident response process in which staff know how to report incidents and concerns, and incidents are assessed, handled, communicated to those affected and reviewed for lessons?',
    help: 'Evidence includes a response plan with roles and contacts, a reporting channel everyone knows, an incident log, your duties to notify customers and regulators, and an exercise or real incident review within the last year. One process can handle security and AI incidents if its playbooks cover both.',
  },
  backup_continuity: {
    text: 'Are backups of critical data taken, protected and restored in tests, and do you have a continuity plan for keeping key services running or recovering them after a major disruption?',
    help: 'Evidence includes backup settings and restore-test records, recovery time and data-loss targets for key services, and a continuity or disaster recovery plan exercised at least once a year.',
  },

  ai_scope: {
    text: 'Have you listed the AI systems you build, use or buy, recorded your role for each (developer, provider, or user of someone else’s system), and defined which of them your AI management system covers?',
    help: 'An inventory of AI systems and a scope statement are where ISO 42001 starts. Your role matters because obligations differ between those who build AI and those who use it. Answer “Partly” if the list misses tools staff adopted on their own.',
  },
  ai_policy: {
    text: 'Do you have an AI policy approved by management, with measurable objectives for how your AI should behave (fairness, accuracy, transparency…), consistent with your other policies and reviewed on a schedule?',
    help: 'Evidence is an approved AI policy stating principles and commitments, AI objectives with measures and owners, a note of how it fits your security, privacy and quality policies, and a review date. A statement of values on a website counts as “Partly”.',
  },
  ai_accountability: {
    text: 'Is someone accountable for each AI system, and have you documented the resources it relies on: data, tools, computing, and people with the right skills?',
    help: 'Evidence includes named owners for AI systems, role descriptions for those who build, run or oversee AI, and for each system a record of its data sources, tooling, infrastructure and the expertise it needs, with training where skills are missing.',
  },
  ai_risk_assessment: {
    text: 'Have you assessed the risks your AI systems carry (bias, errors, drift, misuse, decisions nobody can explain) against defined criteria, with owners, and do you repeat it when systems change?',
    help: 'Evidence is an AI risk register, or AI risks added to your existing register, with dated assessments, owners and treatment decisions, revisited at planned intervals and after significant changes to models or data. A current AI risk assessment is one of the milestones for ISO 42001.',
  },
  ai_impact_assessment: {
    text: 'Have you assessed how each AI system could affect individuals, groups and society (unfair outcomes, loss of privacy, harm from errors) and documented the results?',
    help: 'An AI system impact assessment looks outwards at the people affected rather than at risks to your company, and ISO 27001 has nothing like it. Evidence is a defined process and a completed assessment per system covering intended use, who is affected, foreseeable misuse and severity, kept up to date and feeding your risk treatment.',
  },
  ai_soa: {
    text: 'Do you have a Statement of Applicability for the ISO 42001 Annex A controls (which apply, why, and whether they are implemented) and a plan for treating your AI risks?',
    help: 'It mirrors the ISO 27001 Statement of Applicability but runs against the 38 AI controls. Evidence is the document with a justification for every inclusion and exclusion, and a treatment plan with owners and dates.',
  },
  ai_lifecycle: {
    text: 'When you build or change an AI system, do you set requirements and responsible-development objectives up front, and keep design and technical documentation for it?',
    help: 'Evidence includes a defined development process for AI with stages and approvals, written requirements including performance and fairness goals, recorded design decisions, and technical documentation such as model cards that would let someone else understand the system.',
  },
  ai_data: {
    text: 'Do you know where the data used to train, tune or feed your AI comes from, and do you check its quality, representativeness and your right to use it, with preparation steps recorded?',
    help: 'Evidence includes data sources with their licence or legal basis, provenance records, quality and bias checks, and documented preparation such as cleaning and labelling. Choose “Does not apply to us” only if you supply no data of your own for training, tuning or retrieval, for example when you use an AI tool exactly as it comes.',
  },
  ai_verification: {
    text: 'Before an AI system goes live or a new version is released, is it tested against acceptance criteria (accuracy, robustness, fairness) and is the deployment approved?',
    help: 'Evidence includes test plans and results against set thresholds, evaluation datasets, sign-off before release and a deployment plan. For AI tools you buy, a documented evaluation before rolling them out counts.',
  },
  ai_monitoring: {
    text: 'Once AI systems are in use, do you monitor how they perform (errors, drift, complaints, misuse) and act when they fall short?',
    help: 'Evidence includes defined metrics and thresholds, reports or dashboards someone reviews, alerts when performance degrades, and records of what was done about it (retraining, rollback, restricted use).',
  },
  ai_responsible_use: {
    text: 'For each AI system, have you defined its intended use and limits and where a person must review or can override its output, and do you check that it is used that way?',
    help: 'Evidence includes documented intended and prohibited uses, human-oversight points (who reviews what, with authority to override), guidance for staff using AI tools, and checks or logs showing practice follows the rules.',
  },
  ai_transparency: {
    text: 'Do users and people affected by your AI get clear information (that AI is involved, what it is for, its limits) and a way to report problems or harm?',
    help: 'Evidence includes user documentation or notices, explanations suited to their audience, a channel for reports from users and affected people, and a process for handling what arrives, including reports to authorities where the law requires them.',
  },
  ai_suppliers: {
    text: 'For the AI models, APIs and datasets you get from others, do you check them against your responsible-AI requirements (documentation, data practices, use of your data) before and during use?',
    help: 'This goes beyond security due diligence: evidence includes system documentation or model cards obtained from the supplier, terms on whether your data trains their models, evaluation results, and periodic reviews. Choose “Does not apply to us” only if you use no third-party models, APIs or datasets.',
  },
  ai_customers: {
    text: 'Do you tell customers who use your AI what it is meant for and what their responsibilities are, and take their needs and feedback into account?',
    help: 'Evidence includes customer-facing documentation and terms that set out intended use and shared responsibilities, and a route for customer feedback that reaches product decisions.',
  },
};
