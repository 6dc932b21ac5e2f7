/** English help for every bank item, keyed by item id: what the question means and what counts as "yes". Shown on demand, so it loads after the first question. */
export const bankHelp: Record<string, string> = {
  org_size: 'Audits are sized by headcount, so your band shapes the timelines and cost ranges.',
  markets:
    'Markets decide which rules apply: the EU AI Act can reach AI used in the EU even if you are based elsewhere.',
  buyers:
    'Smaller customers often accept a questionnaire and your policies; large enterprises, public bodies and pre-IPO investors tend to want an accredited certificate.',
  regulated_sector:
    'Regulators expect these sectors, and their suppliers, to show externally checked assurance.',
  sensitive_data:
    'Information whose loss or exposure would seriously harm people or the customers who trusted you with it.',
  security_maturity: 'Pick the nearest: it tells us how much groundwork comes before the management system.',
  ai_role:
    'Include machine learning, generative AI and the AI tools staff use. If several apply, choose the last one that is true.',
  ai_affects_people:
    'Decisions it takes or informs, such as ranking applicants or triaging patients, raise the bar for impact assessment and human oversight.',
  eu_ai_act_high_risk:
    'Such as hiring, credit or insurance pricing, education, essential services, medical devices, law enforcement, migration, justice and critical infrastructure. If unsure, say so.',
  ai_use:
    'Under the EU AI Act, whoever builds an AI system is its provider, and whoever uses it is its deployer; a lender using its own scoring model is both.',
  ai_gpai:
    'A model others fine-tune or build products on, such as a large language model offered through an API or as open weights. Systemic risk: trained with very large compute, or so designated by the EU. Its provider has duties of its own under the EU AI Act, whatever the products built on it do.',
  ai_generates:
    'Chatbots, assistants and generated content carry transparency duties of their own; scoring or ranking models usually do not.',
  ai_function:
    'This decides between one management system for security and AI, or two sharing a common backbone.',
  ai_certificate_asked:
    'Only a request you have actually received counts; general interest in AI governance is answered by alignment you can show.',
  status_27001:
    'Aligned: your management system runs (risk assessment, Statement of Applicability, internal audit and a management review all done) but no external auditor has checked it. Certified: a certification body audited you and the certificate is valid.',
  accreditation_27001:
    'Accredited certificates carry a mark such as UKAS, DAkkS, ANAB, SAS or COFRAC and are listed in IAF CertSearch; many enterprise buyers reject others. If unsure, we treat yours as unaccredited.',
  scope_27001:
    'Buyers read the scope statement on the certificate, not just its existence; a certificate for one office or product does not cover the rest.',
  edition_27001:
    'The edition and the expiry date are printed on the certificate. Certificates to the 2013 edition lost their validity after 31 October 2025; a suspended certificate may not be cited while the suspension lasts.',
  status_42001:
    'Aligned: your AI management system runs (AI risk and impact assessments, Statement of Applicability, internal audit and a management review all done) but no external auditor has checked it. Certified: a certification body audited you and the certificate is valid.',
  accreditation_42001:
    'Accreditation is per standard: a body accredited for ISO/IEC 27001 may not be for 42001 yet. If unsure, we treat yours as unaccredited.',
  scope_42001:
    'Buyers read the scope statement on the certificate; AI systems outside it are not covered by it.',
  context_parties:
    'A short register of issues and interested parties with their requirements, reviewed yearly. Only in people’s heads or out of date: “Partly”.',
  isms_scope:
    '“Yes” means a written, management-approved scope naming its boundaries and the outside services it relies on, such as cloud providers.',
  leadership:
    'A named executive, recorded owners of risks, controls and audits, and minuted resourcing decisions. A security lead without management backing: “Partly”.',
  security_policy:
    'Approved, communicated and reviewed, with objectives that have owners and deadlines. A template never adapted: “Partly” at best.',
  risk_method:
    'Scales for likelihood and impact, acceptance criteria and who may accept risk; one method can serve security and AI risks. “Yes” needs it written and in use.',
  risk_assessment:
    'A dated risk register with owners and scores, revisited since. A one-off from years ago: “Partly”.',
  soa: 'It ties the chosen controls to your risks and justifies every exclusion; auditors plan their sampling from it.',
  risk_acceptance:
    'Named risk owners sign off the treatment plan and the residual risks; auditors ask to see it. Approved by the security lead alone: “Partly”.',
  changes_communication:
    'A way to plan changes to scope, roles or processes, and a simple plan for what is communicated inside and outside. Ad hoc: “Partly”.',
  competence_awareness:
    'Role requirements, training records and completion rates, typically at onboarding and yearly. One process can cover security and AI topics.',
  document_control:
    'Any tool works if it shows owners, versions, approvals and review dates. Nobody can tell which version is current: “Partly”.',
  monitoring_measurement:
    'A few defined measures with owners, discussed where decisions are taken. Dashboards nobody reviews: “Partly”.',
  internal_audit:
    'A plan covering every clause and applicable control over a cycle, reports and tracked findings. Answer for the security management system only; the AI management system is asked about separately.',
  management_review:
    'A record of each review, its inputs and its decisions. Answer for the security management system only; the AI side is asked about separately.',
  corrective_action:
    'A log or tickets with cause, actions, owners and an effectiveness check. Fixing without recording: “Partly”.',
  asset_inventory:
    'An owned register (an export or spreadsheet is fine) and a simple scheme such as public, internal, confidential. Missing SaaS tools or owners: “Partly”.',
  access_control:
    'Joiner, mover and leaver records, signed-off access reviews and a list of privileged accounts. Shared admin accounts or no reviews: “Partly” or “No”.',
  authentication:
    '“Yes” means enforced by configuration, not just recommended, with any exceptions approved.',
  cryptography:
    'Cloud storage is often encrypted by default; the gap is usually the written rule and key management.',
  endpoints: 'Device-management reports and disposal records. Unmanaged personal devices: “Partly” or “No”.',
  network_security:
    'Firewall or security-group rules, separated environments and reviewed network services. A flat network where everything reaches everything: “No”.',
  physical_security:
    'Choose “Does not apply to us” only with no premises at all; data centres then fall under supplier checks. Shared offices still count.',
  people_security:
    'Proportionate background checks, contracts or NDAs with security duties, and completed offboarding checklists.',
  supplier_security:
    'A risk-ranked supplier register, due-diligence records, security clauses and periodic reviews. AI-specific checks are asked separately.',
  legal_privacy:
    'A register of requirements with owners, records of processing for personal data, and handling of data-subject requests and breach notifications.',
  data_protection:
    'Written acceptable-use rules, deletion and retention in practice, masked test data and leak prevention where it matters. Staff pasting client data into public AI tools unchecked: “No”.',
  threat_intelligence:
    'Someone follows advisories for what you run, alerts lead to action, and contacts for authorities and sector groups are kept.',
  vulnerability_management:
    'Scanner or dependency reports, patch deadlines by severity, configuration baselines and exceptions with owners, plus an independent review of your security, such as a penetration test, at planned intervals.',
  secure_development:
    'Choose “Does not apply to us” only if you develop no software, in-house or outsourced.',
  change_management:
    'Approved change tickets or pull requests and release records. Model retraining and fine-tuning are asked about separately, as they need a process of their own.',
  logging_monitoring:
    'Central logging with retention, alerts on suspicious activity, and proof alerts are looked at. Logs nobody reviews: “Partly”.',
  incident_management:
    'A plan with roles and contacts, an incident log, your duties to notify, and an exercise or review within the last year. AI failures are asked about separately: one runbook can serve both, but they need their own playbooks.',
  backup_continuity:
    'Restore-test records, recovery targets for key services, and a continuity plan exercised yearly.',
  ai_scope:
    'ISO 42001 starts here, and obligations differ for those who build AI and those who use it. Missing tools staff adopted on their own: “Partly”.',
  ai_policy:
    'An approved policy, AI objectives with owners, and a review date. A statement of values on a website: “Partly”.',
  ai_accountability:
    'Named owners, roles for those who build, run or oversee AI, and per-system records of data, tooling and expertise.',
  ai_concerns:
    'A channel for concerns about AI, protection for those who use it, and a record of what was done. A general whistle-blowing line that never mentions AI: “Partly”.',
  ai_risk_assessment:
    'An AI risk register, or AI risks in your existing one, with dated assessments, owners and treatment decisions.',
  ai_impact_assessment:
    'It looks at the people affected rather than risks to your company; ISO 27001 has nothing like it. A current assessment per system.',
  ai_soa:
    'Like the ISO 27001 one, for the 38 AI controls: every inclusion and exclusion justified, with a treatment plan.',
  ai_lifecycle:
    'A process with stages and approvals, requirements including performance and fairness goals, and documentation such as model cards.',
  ai_data:
    'Choose “Does not apply to us” only if you supply no data of your own for training, tuning or retrieval.',
  ai_verification:
    'Test results against set thresholds and sign-off before release. For AI tools you buy, a documented evaluation before rollout counts.',
  ai_change:
    'Change records for models: what changed, what was tested, who approved. Updates of a bought model switched on automatically, unchecked: “No”.',
  ai_monitoring:
    'Metrics with thresholds, reviewed reports or alerts, and records of what was done (retraining, rollback, restricted use).',
  ai_incidents:
    'Playbooks for AI incidents next to the security ones, with roles, thresholds and reporting duties. Only the security incident plan: “Partly” at best.',
  ai_responsible_use:
    'Documented intended and prohibited uses, human-oversight points, guidance for staff, and checks that practice follows them.',
  ai_transparency:
    'User notices, a reporting channel, and a process for what arrives, including reports to authorities where required.',
  ai_suppliers:
    'Beyond security due diligence: model cards, terms on training with your data, evaluations and reviews. “Does not apply to us” only if you use no third-party AI.',
  ai_customers:
    'Customer documentation or terms on intended use and shared responsibilities, and a feedback route into product decisions.',
  ai_internal_audit:
    'One programme may audit both systems; answer for how far it covers the AI side. Audits that never looked at AI governance: “No”.',
  ai_management_review:
    'One review may cover both systems if the AI topics are on its agenda and its decisions recorded. Reviews that never discussed AI: “No”.',
};
