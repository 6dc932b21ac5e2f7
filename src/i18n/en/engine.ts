/**
 * English templates for the engine's explanations: rationale, blockers, headlines, phases, next steps.
 * Keys are language-neutral rule ids; `{name}` placeholders are filled with `format()`. Every sentence is
 * whole here, so a translation never has to reassemble fragments.
 */
export const engine = {
  // Claim: what the organisation can honestly say today.
  'claim.certified-accredited':
    'You hold a certificate for {standard} from an accredited body; we take it as declared.',
  'claim.certified-non-accredited':
    'You hold a certificate for {standard} from a body without accreditation; we take it as declared.',
  'claim.aligned-verified':
    'You say you are aligned with {standard} and your answers confirm it: every milestone is in place and readiness is {readiness} % (the bar is {threshold} %).',
  'claim.aligned-unverified':
    'You say you are aligned with {standard}, but the evidence is unchecked, so we count it as work in progress until the milestones are confirmed.',
  'claim.aligned-not-evidenced':
    'You say you are aligned with {standard}, but {missing} of {total} milestones are missing and readiness is {readiness} % (the bar is {threshold} %). Saying so is not enough: we count it as work in progress.',
  'claim.aligned-earned':
    'Every {standard} milestone is in place and readiness is {readiness} % (the bar is {threshold} %): you can honestly call yourselves aligned.',
  'claim.in-progress': 'Part of {standard} is in place, but not enough yet to call yourselves aligned.',
  'claim.none': 'Nothing of {standard} is in place yet.',

  // Requirement: what buyers, sector and investors ask for.
  'requirement.iso27001.enterprise':
    'Enterprise procurement usually wants an accredited {standard} certificate, not self-declared alignment.',
  'requirement.iso27001.government': 'Public-sector tenders ask for an accredited {standard} certificate.',
  'requirement.iso27001.regulated':
    'In a regulated sector, customers and supervisors expect an accredited {standard} certificate.',
  'requirement.iso27001.investor-late':
    'Late-stage and pre-IPO due diligence rarely settles for alignment: expect to show an accredited {standard} certificate.',
  'requirement.iso27001.smb':
    'Smaller customers and security questionnaires usually accept alignment they can check: policies, Statement of Applicability, test reports and audit records.',
  'requirement.iso27001.investor-early':
    'Early-stage investors usually accept alignment with {standard} plus a clear plan to certify.',
  'requirement.none': 'None of your buyers asks for {standard} today.',
  'requirement.iso42001.no-ai':
    'You do not use AI, so {standard} is not relevant yet; revisit it when you start building or buying AI.',
  'requirement.iso42001.high-risk-tenders':
    'Your AI is high-risk under the EU AI Act and you sell to enterprises or the public sector: an accredited {standard} certificate is the strongest management-system evidence you can offer them.',
  'requirement.iso42001.high-risk':
    'High-risk AI under the EU AI Act needs a working risk and quality management system; building it to {standard}, with evidence to show, is the least you will need.',
  'requirement.iso42001.high-risk-unsure':
    'You are not sure whether your AI is high-risk under the EU AI Act. Find out: the answer can raise what buyers and regulators expect.',
  'requirement.iso42001.enterprise-ai':
    'Enterprise and public-sector buyers now ask how you govern AI that is your product or affects people; most still accept alignment with {standard} they can check.',
  'requirement.iso42001.emerging':
    'Demand for {standard} is still emerging: few buyers insist on a certificate yet, and few certification bodies are accredited for it so far.',
  'requirement.iso42001.no-presumption':
    '{standard} is not a harmonised standard under the EU AI Act: even certified, it gives no presumption of conformity with the Act, though it supplies evidence towards several articles.',

  // Claim against requirement.
  'classification.meets': 'What you can claim today, {claim}, meets what is asked of you: {requirement}.',
  'classification.gap':
    'What you can claim today, {claim}, falls short of what is asked of you: {requirement}.',

  // Blockers: what stands between the claim and the next tier.
  'blocker.milestone.scope': 'Define and document the scope of your {standard} management system.',
  'blocker.milestone.risk-assessment':
    'Run a risk assessment for {standard} with documented criteria and a treatment plan.',
  'blocker.milestone.soa':
    'Write the {standard} Statement of Applicability: which Annex A controls apply, and why.',
  'blocker.milestone.impact-assessment':
    'Assess the impact of each AI system on the people and groups it affects, as {standard} requires.',
  'blocker.milestone.internal-audit': 'Run an internal audit of your {standard} management system.',
  'blocker.milestone.management-review':
    'Hold a management review of the {standard} results and record what was decided.',
  'blocker.evidence-not-checked':
    'You say you are aligned with {standard}, but the evidence is unchecked: answer the management-system questions, or have someone confirm each milestone.',
  'blocker.readiness-below-threshold':
    '{standard} readiness is {readiness} %; an honest aligned claim needs at least {threshold} %.',
  'blocker.low-domain': '{domain} is at {score} %, below {threshold} %: one of the weakest areas.',
  'blocker.certification-audit':
    'Have a certification body accredited for {standard} audit you: Stage 1 reviews your documents, Stage 2 how the system really runs.',
  'blocker.non-accredited':
    'Your {standard} certificate comes from a body without accreditation, and enterprise procurement often rejects those. Re-certify with an accredited body (UKAS, DAkkS, ANAB, SAS…).',
  'blocker.certificate-at-risk':
    'Your answers do not show every {standard} milestone in place ({missing} missing): the certificate is at risk at the next surveillance audit.',

  // Headline: one sentence per standard.
  headline: 'You can say: {claim}. Your buyers ask for: {requirement}.',
  'headline.no-requirement': 'You can say: {claim}. Nobody you sell to asks for it yet.',
  'headline.not-relevant': '{standard} is not relevant yet: you do not use AI.',
  'headline.claim.none': 'nothing about {standard} yet',
  'headline.claim.in-progress': 'work towards {standard} is under way',
  'headline.claim.aligned': 'aligned with {standard}',
  'headline.claim.certified-non-accredited': 'certified to {standard}, by a body without accreditation',
  'headline.claim.certified-accredited': 'certified to {standard} by an accredited body',

  // Which standards.
  'standards.iso27001.sensitive-data':
    'You handle sensitive data: {standard} is the recognised way to show you protect it.',
  'standards.iso27001.regulated':
    'Your sector is regulated: {standard} is the security baseline supervisors and customers expect.',
  'standards.iso27001.buyers':
    'Your buyers or investors ask about security: {standard} is the common answer.',
  'standards.iso27001.held': '{standard} is already part of your work ({claim}), so it stays on the list.',
  'standards.iso42001.core': 'AI is your product: {standard} governs how you build, ship and watch over it.',
  'standards.iso42001.feature':
    'AI is one of your features: {standard} covers what security controls do not, such as bias, drift and effects on people.',
  'standards.iso42001.procured-affects-people':
    'AI you buy feeds decisions about people: {standard} brings impact assessment, human oversight and supplier checks.',
  'standards.iso42001.procured-high-risk':
    'AI you buy may be high-risk under the EU AI Act: {standard} helps you carry the duties of a deployer.',
  'standards.iso42001.held': '{standard} is already part of your work ({claim}), so it stays on the list.',
  'standards.not-needed': 'Nothing in your profile calls for {standard} today.',
  'standards.out-of-scope':
    '{standard} would also fit your profile but is outside this assessment; ask about it separately.',

  // Sequence.
  'sequence.none': 'Nothing to pursue for now.',
  'sequence.single': 'One standard to work on: {standard}.',
  'sequence.maintain':
    'You already hold what is asked of you: keep the management system running and any certificate current.',
  'sequence.add-iso42001':
    '{iso27001} is in place: add {iso42001} on top, reusing its management system and security controls.',
  'sequence.add-iso27001':
    '{iso42001} is in place: add {iso27001}, reusing the management system you already run.',
  'sequence.iso27001-first.weak-security':
    'Your security maturity is low: build {iso27001} first, because AI governance stands on security foundations (access control, logging, supplier checks, incident handling).',
  'sequence.iso27001-first.not-core':
    'AI is not the core of your product and your security is only partly in shape: {iso27001} first, then {iso42001} on top.',
  'sequence.iso42001-first':
    'AI is your product and your security is in reasonable shape: governing the AI is the bigger risk, so {iso42001} comes first and {iso27001} follows on the same system.',
  'sequence.together':
    'Your security is strong: plan both together from day one, sharing scope, risk method and audits; merging two separately built systems later costs nearly as much as starting over.',
  'sequence.together-certify':
    'Both standards are in place but not yet certified the way your buyers ask: certify them together.',

  // Operating model.
  'operating-model.unified':
    'One management system for both standards: one scope, risk method, internal audit and management review, with each control tagged to the standard it serves.',
  'operating-model.federated.separate-ai':
    'Your AI team works apart from the core product: run its own AI management system next to the ISMS, sharing policy, audit and review.',
  'operating-model.federated.high-risk':
    'Your AI is high-risk under the EU AI Act and your organisation ({employees} people) is large enough for a dedicated AI management system, which the Act’s evidence demands justify; it shares governance with the ISMS.',

  // Targets.
  'target.certified': 'Target for {standard}: an accredited certificate, because it is asked of you.',
  'target.held': 'Target for {standard}: keep your accredited certificate running.',
  'target.aligned':
    'Target for {standard}: alignment you can show. Certify when a deal or tender asks for it.',

  // Phases.
  'phase.align': 'Align with {standard}',
  'phase.certify': 'Certify {standard} with an accredited body',
  'phase.recertify': 'Re-certify {standard} with an accredited body',
  'phases.align-27001':
    'Aligning with {standard} from scratch takes about {min}–{max} weeks, mostly internal work.',
  'phases.align-42001-on-top':
    'On top of an existing {iso27001} system, aligning with {iso42001} takes about {min}–{max} weeks of AI-specific work.',
  'phases.align-42001-standalone':
    'Without {iso27001} underneath, aligning with {iso42001} takes about {min}–{max} weeks, as the security foundations are built inside it.',
  'phases.align-27001-after-42001':
    'No source gives a figure for adding {iso27001} to a running {iso42001} system, so we keep the full {min}–{max} weeks; expect the lower end.',
  'phases.scaled':
    'Your answers put {standard} readiness at {readiness} %, so its alignment phase shrinks to about {min}–{max} weeks.',
  'phases.certify':
    'From an aligned system to a certificate takes about {min}–{max} weeks: Stage 1, fixes, Stage 2 and the decision.',
  'phases.unified-design':
    'The first {min}–{max} weeks go into a shared design of the controls and processes serving both standards; both alignments then run in parallel.',
  'phases.integrated-audit':
    'Both certifications start once both standards are aligned, as one integrated audit by one body.',
  'phases.end-to-end':
    'Published figures for {iso42001} count different things: {onTopMin}–{onTopMax} weeks is the alignment work on top of {iso27001}; {withMin}–{withMax} weeks ({withoutMin}–{withoutMax} without {iso27001}) runs from kickoff to certificate, audits included.',

  // Costs.
  'costs.band.small':
    'Costs for a small organisation ({employees} people): {fees} in certification-body fees over the first cycle, and {effort} of internal effort.',
  'costs.band.medium':
    'Costs for a mid-sized organisation ({employees} people): {fees} in certification-body fees over the first cycle, and {effort} of internal effort.',
  'costs.band.large':
    'Costs for a large organisation ({employees} people): {fees} in certification-body fees over the first cycle, and {effort} of internal effort.',
  'costs.aligned-already': 'You are already aligned with {standard}: expect internal effort at the low end.',
  'costs.integrated-audit':
    'Certifying both on one system lets one body audit both at once, saving audit days; ask for an integrated-audit quote.',
  'costs.none': 'Certification is not the target yet, so no certification costs apply.',

  // Reuse.
  'reuse.quoted':
    '{min}–{max} % of the {iso27001} work carries over to {iso42001}; sources measure different things: {docMin}–{docMax} % of the documentation burden, {polMin}–{polMax} % of documents, policies and processes, {ctlMin}–{ctlMax} % of foundational controls. Answer the assessment for your own figure.',
  'reuse.computed':
    '{min}–{max} % of the {iso27001} work carries over to {iso42001}; sources measure different things: {docMin}–{docMax} % of the documentation burden, {polMin}–{polMax} % of documents, policies and processes, {ctlMin}–{ctlMax} % of foundational controls. From your answers, {computed} % of the weighted {iso42001} questions sit on shared practices you already have (partly counts half).',

  // Regulatory links.
  'regulatory.eu-ai-act.provider':
    'You place AI on the EU market as a provider: your {iso42001} work supplies evidence for these EU AI Act articles. {iso42001} is not a harmonised standard, so it presumes no conformity with the Act.',
  'regulatory.eu-ai-act.deployer':
    'You use AI in the EU as a deployer: your {iso42001} work supplies evidence for these EU AI Act articles. {iso42001} is not a harmonised standard, so it presumes no conformity with the Act.',
  'regulatory.high-risk-unsure':
    'You are not sure whether your AI is high-risk, so the high-risk articles are listed too: check your systems against Annex III of the Act.',
  'regulatory.nist':
    'You sell in the US: {iso42001} covers all four NIST AI RMF functions (GOVERN, MAP, MEASURE, MANAGE).',
  'regulatory.eu-ai-act.art-4':
    'AI literacy for everyone who builds or uses AI. Competence and awareness work supplies evidence; no presumption of conformity.',
  'regulatory.eu-ai-act.art-9':
    'A risk management system kept up for each high-risk system. AI risk and impact assessments supply evidence; no presumption of conformity.',
  'regulatory.eu-ai-act.art-10':
    'Training, validation and test data fit for purpose and examined for bias. Data controls for AI supply evidence; no presumption of conformity.',
  'regulatory.eu-ai-act.art-11':
    'Technical documentation as Annex IV lists it. Life-cycle records cover part of it; no presumption of conformity.',
  'regulatory.eu-ai-act.art-12':
    'Automatic event logs, which must be built into the product. Event-log controls supply evidence; no presumption of conformity.',
  'regulatory.eu-ai-act.art-13':
    'Transparency and instructions for use for deployers. Information for users supplies evidence; no presumption of conformity.',
  'regulatory.eu-ai-act.art-14':
    'Human oversight designed into the system. Responsible-use controls cover part of it; no presumption of conformity.',
  'regulatory.eu-ai-act.art-15':
    'Accuracy, robustness and cybersecurity. Verification, monitoring and ISO/IEC 27001 controls supply evidence; no presumption of conformity.',
  'regulatory.eu-ai-act.art-17':
    'A quality management system for providers of high-risk AI. The AI management system is its nearest match, though items per system are still needed; no presumption of conformity.',
  'regulatory.eu-ai-act.art-26':
    'Deployer duties: use as instructed, assign human oversight, keep logs at least six months. Use and supplier controls supply evidence; no presumption of conformity.',
  'regulatory.eu-ai-act.art-27':
    'A fundamental-rights impact assessment for public bodies and some deployers, such as credit and insurance scoring. AI impact assessment covers part; no presumption of conformity.',
  'regulatory.eu-ai-act.art-50':
    'Telling people they deal with AI and marking generated content. Information for interested parties supplies evidence; no presumption of conformity.',
  'regulatory.eu-ai-act.art-72':
    'Post-market monitoring of high-risk systems, with a plan per system. Monitoring and improvement supply evidence; no presumption of conformity.',
  'regulatory.eu-ai-act.art-73':
    'Reporting serious incidents within legal deadlines. Incident communication and corrective action supply evidence; no presumption of conformity.',
  'regulatory.nist.govern':
    'GOVERN: policies, accountability, skills and third parties; AI policy, roles and supplier controls map onto it.',
  'regulatory.nist.map':
    'MAP: context, risks and impacts of each system; context analysis and impact assessment map onto it.',
  'regulatory.nist.measure':
    'MEASURE: testing and tracking trustworthiness; verification and monitoring map onto it.',
  'regulatory.nist.manage':
    'MANAGE: treating, monitoring and communicating risks; risk treatment and management review map onto it.',

  // Next steps, in the order they are offered.
  'step.none.basics':
    'Write down the security basics you run (access control, multi-factor sign-in, backups, updates) to answer customer questionnaires.',
  'step.none.revisit':
    'Take this assessment again when a customer sends a security questionnaire, you raise money or you start building with AI.',
  'step.none.ai-tools': 'If you use AI tools, keep a list of them and of what they help decide about people.',
  'step.classify-ai-act':
    'Find out whether any of your AI is high-risk under the EU AI Act (Annex III: hiring, credit, health, education, critical infrastructure…); until you know, plan as if it were.',
  'step.gap-analysis-27001':
    'Run a gap analysis against {standard} clauses 4–10 and Annex A, then write the Statement of Applicability from your risk assessment.',
  'step.unified-design':
    'Spend the first {min}–{max} weeks mapping which controls and processes serve both standards, tagging each, before writing any policy.',
  'step.map-42001':
    'Spend {min}–{max} weeks mapping the {iso42001} control objectives onto your ISMS: which are covered, which need extending, which are new.',
  'step.extend-risk-register':
    'Add AI risks (bias, drift, explainability, effects on people) to your existing risk register rather than starting a second one.',
  'step.ai-inventory':
    'List every AI system you build, ship or buy, with its purpose and who it affects: this sets the scope of the AI management system.',
  'step.impact-assessment':
    'Run an impact assessment for each AI system that affects people, and update it whenever the system changes.',
  'step.internal-audit':
    'Before calling yourselves aligned, run an internal audit and a management review, and fix what they find.',
  'step.recertify':
    'Move {standard} to a certification body accredited by a national accreditation body (UKAS, DAkkS, ANAB, SAS…) before a customer rejects your certificate.',
  'step.check-accreditation-27001':
    'Choose a certification body accredited for {standard} (UKAS, DAkkS, ANAB, SAS…) and check its certificates in IAF CertSearch.',
  'step.check-accreditation-42001':
    'Before signing, check your certification body’s accreditation scope for {standard} (UKAS, DAkkS, ANAB, SAS…): not every body accredited for ISO/IEC 27001 is accredited for 42001 yet.',
  'step.maintain':
    'Keep the system running: internal audit and management review on schedule, and yearly surveillance audits for any certificate.',
  'step.review-scope': 'Review the scope whenever you add products, AI systems or markets.',
  'step.keep-evidence':
    'Keep the evidence buyers ask for ready: Statement of Applicability, last internal audit, management review minutes, test reports.',
};
