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
    'You say you are aligned with {standard} and your answers confirm it: every milestone is in place and readiness is {readiness}\u00a0% (the bar is {threshold}\u00a0%).',
  'claim.aligned-unverified':
    'You say you are aligned with {standard}, but the evidence is unchecked, so we count it as work in progress until the milestones are confirmed.',
  'claim.aligned-not-evidenced':
    'You say you are aligned with {standard}, but {missing} of {total} milestones are missing and readiness is {readiness}\u00a0% (the bar is {threshold}\u00a0%). Saying so is not enough: we count it as work in progress.',
  'claim.aligned-earned':
    'Every {standard} milestone is in place and readiness is {readiness}\u00a0% (the bar is {threshold}\u00a0%): you can honestly call yourselves aligned.',
  'claim.in-progress':
    'Work on {standard} has really started (a programme or a first milestone), but not enough is in place yet to call yourselves aligned.',
  'claim.essential-missing':
    'Every {standard} milestone is in place and readiness is {readiness}\u00a0%, but {missing} essential control area(s) for your risk profile are missing: no aligned claim until they are in place.',
  'claim.none-practices':
    'Some {standard} practices are in place ({readiness}\u00a0%), but no programme is declared and no management-system milestone is met, so “under way” would overstate it. First step: {step}',
  'claim.none': 'Little or nothing of {standard} is in place yet, and no management-system milestone.',
  'applies.iso42001.no-ai':
    '{standard} does not apply to you today: you neither build nor use AI. It would once you build AI, or use AI that informs decisions about people.',
  'applies.iso42001.procured':
    '{standard} does not apply to you today: the AI tools you use inform no decisions about people and are not high-risk. It would once you build AI, or AI you use starts to inform such decisions.',
  'applies.iso42001.unknown':
    'You did not say whether you use AI, so we cannot tell whether {standard} applies; answer that question to find out.',

  // Requirement: what buyers, sector and investors ask for.
  'requirement.iso27001.enterprise':
    'Enterprise procurement usually wants an accredited {standard} certificate, not self-declared alignment.',
  'requirement.iso27001.government': 'Public-sector tenders ask for an accredited {standard} certificate.',
  'requirement.iso27001.regulated':
    'In a regulated sector, customers and supervisors expect an accredited {standard} certificate.',
  'requirement.iso27001.public-body':
    'You have no buyers to satisfy: the national security baselines for your sector and, where it applies, NIS2 set what is expected of you. Alignment with {standard} evidences most of it; a certificate is your choice.',
  'requirement.iso27001.investor-late':
    'Pre-IPO and acquisition due diligence rarely settles for alignment: expect to show an accredited {standard} certificate.',
  'requirement.iso27001.investor-growth':
    'Growth-stage investors (Series B and C) usually accept alignment with {standard} plus a dated plan to certify; our sources speak only of Series A and pre-IPO, so expect the question to get sharper with each round.',
  'requirement.iso27001.smb':
    'Smaller customers and security questionnaires usually accept alignment they can check: policies, Statement of Applicability, test reports and audit records.',
  'requirement.iso27001.investor-early':
    'Early-stage investors usually accept alignment with {standard} plus a clear plan to certify.',
  'requirement.none': 'None of your buyers asks for {standard} today.',
  'requirement.iso42001.certificate-asked':
    'A customer or tender has asked you for a {standard} certificate: that makes an accredited certificate the requirement.',
  'requirement.iso42001.high-risk-provider':
    'The EU AI Act requires a risk-management system (Art. 9) and, for providers, a quality management system (Art. 17), not {standard}; an AI management system aligned with {standard} is the most direct way to build both, with no presumption of conformity.',
  'requirement.iso42001.high-risk-unsure':
    'You are not sure whether your AI is high-risk under the EU AI Act. Find out: the answer can raise what buyers and regulators expect.',
  'requirement.iso42001.enterprise-ai':
    'Enterprise and public-sector buyers now ask how you govern the AI you sell them; most still accept alignment with {standard} they can check.',
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
    '{standard} readiness is {readiness}\u00a0%; an honest aligned claim needs at least {threshold}\u00a0%.',
  'blocker.low-domain': '{domain} is one of your weakest areas, at {score}\u00a0%.',
  'blocker.certification-audit':
    'Have a certification body accredited for {standard} audit you: Stage 1 reviews your documents, Stage 2 how the system really runs.',
  'blocker.non-accredited':
    'Your {standard} certificate comes from a body without accreditation, and enterprise procurement often rejects those. Re-certify with an accredited body (UKAS, DAkkS, ANAB, SAS…).',
  'blocker.certificate-at-risk':
    'Your answers leave {missing} milestone(s) or essential control area(s) of {standard} missing: the certificate is at risk at the next surveillance audit. Fix those first.',
  'blocker.certificate-nonconformities':
    '{missing} milestone(s) of {standard} are only partly in place: expect nonconformities at the next surveillance audit, and close them before it.',
  'blocker.certificate-2013':
    'Your {standard} certificate is to the 2013 edition: such certificates lost their validity after 31 October 2025 (IAF MD 26), so it cannot be claimed. Certify to the 2022 edition, starting with the controls that edition added, such as threat intelligence.',
  'blocker.certificate-expired':
    'Your {standard} certificate has expired or been withdrawn, so it cannot be claimed: a new certification audit is needed.',
  'blocker.certificate-suspended':
    'Your {standard} certificate is suspended and cannot be claimed while that lasts. Ask the same certification body now what it needs to reinstate it before it is withdrawn: that costs far less than a new initial audit.',
  'blocker.certificate-state-unsure':
    'Check the edition and the expiry date printed on your {standard} certificate: since 1 November 2025 only a valid certificate to the 2022 edition can be claimed.',
  'blocker.essential.data_protection':
    'Set rules for what may go into AI tools and check they are kept: client or sensitive data pasted into public AI services leaves your control.',
  'blocker.certificate-scope.partly':
    'Your {standard} certificate covers only part of what your buyers buy; they check the scope, so widen it at the next audit.',
  'blocker.certificate-scope.unsure':
    'Check that the scope on your {standard} certificate covers the products and services your buyers buy: they will.',
  'blocker.essential.access_control':
    'Put access control in place (need-to-know access, prompt removal, regular reviews): no aligned claim holds without it.',
  'blocker.essential.incident_management':
    'Set up incident handling that staff know and that has been tested: no aligned claim holds without it.',
  'blocker.essential.backup_continuity':
    'Protect and test backups and plan for recovery after a disruption: no aligned claim holds without it.',
  'blocker.essential.supplier_security':
    'Check the security of the suppliers and cloud services you rely on: no aligned claim holds without it.',
  'blocker.essential.change_management':
    'Plan, test, approve and record changes to your systems: no aligned claim holds without it.',
  'blocker.essential.cryptography':
    'Encrypt the sensitive data you hold, under a written rule on algorithms and keys: with sensitive data, no aligned claim holds without it.',
  'blocker.essential.ai_data':
    'Govern the data behind your AI (origin, quality, representativeness, right to use): for AI you build, no aligned claim holds without it.',
  'blocker.essential.ai_verification':
    'Test each AI system or new version against acceptance criteria (accuracy, robustness, fairness) before release: for AI you build, no aligned claim holds without it.',
  'blocker.essential.ai_responsible_use':
    'Define where a person reviews or can override your AI’s output, and check it happens: for AI that affects people, no aligned claim holds without it.',
  'blocker.essential.ai_monitoring':
    'Monitor your AI in use for errors, drift and misuse, and act on what you find: when AI is the product, no aligned claim holds without it.',
  'blocker.essential.ai_suppliers':
    'Check the AI you buy against your responsible-AI requirements before and during use: no aligned claim holds without it.',

  // Headline: one sentence per standard.
  headline: 'You can say: {claim}. Your buyers ask for: {requirement}.',
  'headline.investors': 'You can say: {claim}. Your investors expect: {requirement}.',
  'headline.sector': 'You can say: {claim}. Your sector expects: {requirement}.',
  'headline.regulation': 'You can say: {claim}. Regulation expects: {requirement}.',
  'headline.no-requirement': 'You can say: {claim}. Nobody asks for it yet.',
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
  'standards.iso27001.held':
    'You have already started on {standard} ({claim}); the plan builds on that work rather than starting again.',
  'standards.iso42001.core': 'AI is your product: {standard} governs how you build, ship and watch over it.',
  'standards.iso42001.feature':
    'AI is one of your features: {standard} covers what security controls do not, such as bias, drift and effects on people.',
  'standards.iso42001.procured-affects-people':
    'AI you buy feeds decisions about people: {standard} brings impact assessment, human oversight and supplier checks.',
  'standards.iso42001.procured-high-risk':
    'AI you buy may be high-risk under the EU AI Act: {standard} helps you carry the duties of a deployer.',
  'standards.iso42001.held':
    'You have already started on {standard} ({claim}); the plan builds on that work rather than starting again.',
  'standards.not-needed': 'Nothing in your profile calls for {standard} today.',
  'standards.iso42001.unknown':
    'You did not say whether you use AI, so we cannot tell whether {standard} is needed.',
  'answers.none':
    'You answered none of the readiness questions (all left open or “not sure”), so this rests on your profile alone.',
  'maturity.measured-higher':
    'Your answers put your security controls at {readiness}\u00a0%, stronger than you rated them: we plan with the measured level.',
  'maturity.measured-lower':
    'Your answers put your security controls at {readiness}\u00a0%, weaker than you rated them: we plan with the measured level.',
  'standards.out-of-scope':
    '{standard} would also fit your profile but is outside this assessment; ask about it separately.',

  // Sequence.
  'sequence.none': 'Nothing to pursue for now.',
  'sequence.single': 'One standard to work on: {standard}.',
  'sequence.maintain':
    'You already hold what is asked of you: keep the management system running and any certificate current.',
  'sequence.restore':
    'You hold what is asked of you on paper, but your answers show the system is not running as it should: restore it before the next surveillance audit, starting with the gaps listed.',
  'sequence.certify-only': 'Both standards are in place: only the {standard} certificate is still to come.',
  'sequence.add-iso42001':
    '{iso27001} is in place: add {iso42001} on top, reusing its management system and security controls.',
  'sequence.add-iso27001':
    '{iso42001} is in place: add {iso27001}, reusing the management system you already run.',
  'sequence.iso27001-first.weak-security':
    'Your security maturity is low: build {iso27001} first, because AI governance stands on security foundations (access control, logging, supplier checks, incident handling).',
  'sequence.iso27001-first.certificate-first':
    'Your buyers need an accredited {iso27001} certificate and {iso42001} is only an alignment target: {iso27001} comes first, so the certificate that unblocks sales is not held up; {iso42001} follows on the same system.',
  'sequence.iso27001-first.certificate-first.no-buyers':
    'An accredited {iso27001} certificate is expected of you and {iso42001} is only an alignment target: {iso27001} comes first, and {iso42001} follows on the same system.',
  'sequence.iso27001-first.not-core':
    'AI is not the core of your product and your security is only partly in shape: {iso27001} first, then {iso42001} on top.',
  'sequence.iso42001-first':
    'AI is your product and your security is in reasonable shape: governing the AI is the bigger risk, so {iso42001} comes first and {iso27001} follows on the same system.',
  'sequence.together':
    'Your security is strong: plan both together from day one, sharing scope, risk method and audits; merging two separately built systems later costs nearly as much as starting over.',
  'sequence.together.core-strong':
    'AI is your product and your security is strong: design both standards as one programme from day one, one control catalogue tagged to both; merging two separately built systems later costs nearly as much as starting over.',
  'sequence.together-certify':
    'Both standards are in place but not yet certified the way your buyers ask: certify them together.',

  // Operating model.
  'operating-model.unified':
    'One management system for both standards: one scope, risk method, internal audit and management review, with each control tagged to the standard it serves.',
  'operating-model.federated.separate-ai':
    'Your AI team works apart from the core product: run its own AI management system next to the ISMS, sharing policy, audit and review.',
  'operating-model.federated.high-risk':
    'Your AI is high-risk under the EU AI Act and your organisation ({size}) is large enough for a dedicated AI management system, which the Act’s evidence demands justify; it shares governance with the ISMS.',

  // Alternatives: the path not taken, and when it would be right.
  'alternative.iso42001-first':
    'Alternative: {iso42001} first, defensible for an AI-native company; right if your buyers ask about AI governance before they ask for a security certificate.',
  'alternative.together':
    'Alternative: both together on one design from day one; right if you can staff both at once, and cheaper than merging two systems later.',
  'alternative.iso27001-first':
    'Alternative: {iso27001} first; right if a deal needs the security certificate before anyone asks about your AI.',
  'alternative.separate-audits':
    'Alternative: two separate audits; right if your certification body is not yet accredited for {iso42001}, or a deal needs one certificate before the other system is ready.',
  'alternative.federated':
    'Alternative: a separate AI management system sharing governance with the ISMS; right if the AI team runs apart from the product, or the evidence high-risk AI demands outgrows one system.',
  'alternative.soc2':
    'Alternative for US buyers: many accept a SOC 2 Type II report in place of {iso27001}; {iso27001} travels better if you later sell in the EU or UK.',
  'alternative.unified':
    'Alternative: one system for both; right if your AI work sits within the product teams and one audit cadence is easier to run.',

  // Targets.
  'target.certified': 'Target for {standard}: an accredited certificate, because it is asked of you.',
  'target.lapsed':
    'Target for {standard}: a valid accredited certificate again, as you held one; buyers check its edition and dates.',
  'target.held': 'Target for {standard}: keep your accredited certificate running.',
  'target.aligned':
    'Target for {standard}: alignment you can show. Certify when a deal or tender asks for it.',
  'target.aligned-certificate-later':
    'Target for {standard}: alignment you can show now. With high-risk AI sold to large buyers, expect a certificate to be asked for as accredited bodies become available; certify when a deal asks for it.',

  // Phases.
  'phase.align': 'Align with {standard}',
  'phase.certify': 'Certify {standard} with an accredited body',
  'phase.recertify': 'Re-certify {standard} with an accredited body',
  'phase.restore': 'Restore {standard} before the next surveillance audit',
  'phases.align-27001':
    'Aligning with {standard} from scratch takes about {min}–{max} weeks, mostly internal work.',
  'phases.align-42001-on-top':
    'On top of an existing {iso27001} system, aligning with {iso42001} takes about {min}–{max} weeks of AI-specific work.',
  'phases.align-42001-together':
    'In one programme, the {iso42001}-specific work takes about {min}–{max} weeks and runs in the last part of the {iso27001} alignment, so both are ready for one audit.',
  'phases.align-42001-standalone':
    'Without {iso27001} underneath, aligning with {iso42001} takes about {min}–{max} weeks, as the security foundations are built inside it.',
  'phases.align-27001-after-42001':
    'The security foundations built inside {iso42001} count once: the {iso27001} work left after it takes about {min}–{max} weeks.',
  'phases.scaled':
    'Your answers put {standard} readiness at {readiness}\u00a0%, so its alignment phase shrinks to about {min}–{max} weeks.',
  'phases.scaled.specific':
    'Your answers show {readiness}\u00a0% of the work specific to {standard} done, so that phase shrinks to about {min}–{max} weeks; work shared with the other standard is already counted in the base figure.',
  'phases.size.small':
    'A small organisation ({size}) sits at the short end of published ranges: for {standard} we plan {min}–{max} weeks.',
  'phases.size.large':
    'A large organisation ({size}) sits at the long end of published ranges: for {standard} we plan {min}–{max} weeks.',
  'phases.restore':
    'Bringing {standard} back to a running system takes about {min}–{max} weeks at your readiness; the next surveillance audit will look for exactly that.',
  'phase.reinstate': 'Reinstate {standard} with your certification body',
  'phases.restore.capped':
    'Bringing {standard} back to a running system would take longer than the time to the next surveillance audit: plan {min}–{max} weeks and tell your certification body now, as a major nonconformity can lead to suspension.',
  'phases.floor-42001':
    'We keep the {standard} work at no less than {min}–{max} weeks: high-risk AI, a general-purpose model, a large organisation or an impact assessment and internal audit still to do all need the full effort the sources plan for.',
  'phases.certify':
    'From an aligned system to a certificate takes about {min}–{max} weeks: Stage 1, fixes, Stage 2 and the decision.',
  'phases.integrated-audit':
    'Both standards are certified in one window, as one integrated audit by one body, rather than two audits one after the other.',
  'phases.end-to-end':
    'Published figures for {iso42001} count different things: {onTopMin}–{onTopMax} weeks is the alignment work on top of {iso27001}; {withMin}–{withMax} weeks ({withoutMin}–{withoutMax} without {iso27001}) runs from kickoff to certificate, audits included.',

  // Costs.
  'costs.band.small':
    'Costs for a small organisation ({size}): {fees} in certification-body fees over the first cycle, and {effort} of internal effort.',
  'costs.band.medium':
    'Costs for a mid-sized organisation ({size}): {fees} in certification-body fees over the first cycle, and {effort} of internal effort.',
  'costs.band.large':
    'Costs for a large organisation ({size}): {fees} in certification-body fees over the first cycle, and {effort} of internal effort.',
  'costs.aligned-already':
    'You are already aligned with {standard}, so most of the internal work is done: we count about {share}\u00a0% of the usual internal effort.',
  'costs.recertify':
    'Moving {standard} to an accredited body reuses the system you run: we count about {share}\u00a0% of the usual internal effort.',
  'costs.scaled':
    'Internal effort follows the work left: at {readiness}\u00a0% readiness we count about {share}\u00a0% of the usual internal effort for {standard}.',
  'costs.on-top':
    '{standard} on top of your running {iso27001} system reuses {min}–{max}\u00a0% of the work, so we count {lowShare}–{highShare}\u00a0% of the usual internal effort.',
  'costs.integrated-surveillance':
    'Ask for the {standard} initial audit to be combined with the next surveillance audit of your {iso27001} certificate, as one integrated audit: we count about {share}\u00a0% of the usual audit fees.',
  'costs.small-team':
    'With fewer than 10 people the published bands assume a team, so we count your own time instead: about {minDays}–{maxDays} person-days, priced at the day rate behind the figures.',
  'costs.integrated':
    'Certified in the same integrated audit, {standard} costs about {share}\u00a0% of a separate certification, in fees and in internal effort; ask for an integrated-audit quote.',
  'costs.none': 'Certification is not the target yet, so no certification costs apply.',
  'costs.none.held':
    'You already hold the certificates asked of you: only the yearly surveillance audits remain to budget for.',
  'size.people': '{employees} people',
  'size.band.1-9': '1 to 9 people',
  'size.band.10-49': '10 to 49 people',
  'size.band.50-249': '50 to 249 people',
  'size.band.250-999': '250 to 999 people',
  'size.band.1000-plus': '1,000 people or more',

  // Reuse.
  'reuse.quoted':
    '{min}–{max}\u00a0% of the {iso27001} work carries over to {iso42001}; sources measure different things: {docMin}–{docMax}\u00a0% of the documentation burden, {polMin}–{polMax}\u00a0% of documents, policies and processes, {ctlMin}–{ctlMax}\u00a0% of foundational controls. Answer the assessment for your own figure.',
  'reuse.computed':
    '{min}–{max}\u00a0% of the {iso27001} work carries over to {iso42001}; sources measure different things: {docMin}–{docMax}\u00a0% of the documentation burden, {polMin}–{polMax}\u00a0% of documents, policies and processes, {ctlMin}–{ctlMax}\u00a0% of foundational controls. From your answers, your security management system already covers about {computed}\u00a0% of the {iso42001} work: shared practices in full, and the part of AI-specific work your existing processes carry, such as one audit programme widened to AI (partly counts half).',
  'reuse.reverse':
    'Your {iso42001} system carries over to {iso27001}: the same clause structure, audit and review, and the security controls under your AI. Our sources measure only the other direction ({min}–{max}\u00a0%), so treat that as a rough guide.',
  'reuse.reverse.computed':
    'Your {iso42001} system carries over to {iso27001}: the same clause structure, audit and review, and the security controls under your AI. From your answers, {computed}\u00a0% of the weighted {iso27001} work sits on practices both standards share and you already run (partly counts half); our sources measure only the other direction ({min}–{max}\u00a0%).',

  // Regulatory links.
  'regulatory.eu-ai-act.provider':
    'You place AI on the EU market as a provider: your {iso42001} work supplies evidence for these EU AI Act articles. {iso42001} is not a harmonised standard, so it presumes no conformity with the Act.',
  'regulatory.eu-ai-act.provider-deployer':
    'You build AI and use it yourselves in the EU: you are its provider and its deployer, so both sets of duties apply; your {iso42001} work supplies evidence for these EU AI Act articles, with no presumption of conformity.',
  'regulatory.eu-ai-act.literacy':
    'You use AI in the EU: the AI Act’s literacy duty applies to you even though {iso42001} does not yet.',
  'regulatory.eu-ai-act.outside-42001':
    'Conformity assessment, the EU declaration of conformity, CE marking and registration in the EU database lie outside {iso42001}: plan them as product work for each high-risk system.',
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
  'regulatory.eu-ai-act.art-53':
    'Duties of providers of general-purpose AI models: technical documentation of the model, information for the providers who build on it, a policy to respect EU copyright law, and a public summary of the content used for training. They apply since 2 August 2025; {iso42001} covers little of them.',
  'regulatory.eu-ai-act.art-54':
    'If you are established outside the EU, appoint an authorised representative in the EU, in writing, before your model is placed on the EU market.',
  'regulatory.eu-ai-act.art-55':
    'A model with systemic risk adds: evaluation with adversarial testing, assessing and reducing systemic risks, reporting serious incidents to the AI Office, and adequate cybersecurity for the model and its infrastructure.',
  'regulatory.eu-ai-act.gpai':
    'You develop a general-purpose AI model that others build on: the Act’s duties for such models apply to you in the EU whatever the risk class of the systems built on it. {iso42001} gives them a management frame but does not cover them.',
  'regulatory.eu-ai-act.gpai-unsure':
    'You are not sure whether your model counts as a general-purpose AI model: if others build their own systems on it, the duties of Art. 53 apply; settle this before you offer it in the EU.',
  'regulatory.eu-ai-act.art-26-7':
    'Before a high-risk AI system is used at the workplace, inform the workers’ representatives and the staff it will affect.',
  'regulatory.eu-ai-act.medical-device':
    'If your AI is a medical device or part of one, its conformity route runs through a notified body under the MDR or IVDR, which checks the AI Act’s requirements in the same assessment.',
  'regulatory.eu-ai-act.dates':
    'As the Act stands, the duties for high-risk systems listed in Annex III apply from 2 August 2026, and for AI in products under Annex I, such as medical devices, from 2 August 2027.',
  'regulatory.eu-ai-act.research':
    'You develop and use your AI solely for scientific research: the EU AI Act does not apply to it (Art. 2(6)). Its duties start once a system is placed on the market or put into service outside research.',
  'regulatory.dora':
    '{iso27001} supplies much of the evidence for the ICT risk-management framework; it does not replace the register of ICT third-party providers, incident reporting to your supervisor or threat-led penetration testing.',
  'regulatory.nis2':
    '{iso27001} supplies evidence for most of the risk-management measures; national rules add registration, incident-reporting deadlines and management accountability.',
  'regulatory.sectors':
    'Your sector has security rules of its own: {iso27001} helps with them, as listed, without replacing them.',
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
    'Before writing any policy, design one control catalogue tagged to both standards, with one scope, risk method, audit programme and management review.',
  'step.restore':
    'Restore {standard} first: close the missing milestones and control gaps before the next surveillance audit finds them.',
  'step.essential':
    'Close the essential control gaps listed for {standard}: an aligned claim needs them in place.',
  'step.certificate-scope':
    'Compare the scope on your {standard} certificate with what your buyers buy, and widen it at the next audit if it falls short.',
  'step.ai-literacy':
    'Give everyone who uses AI tools basic AI literacy (what the tools do, their limits, what data must never go into them): the EU AI Act expects it.',
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
  'step.reinstate':
    'Ask your certification body what it needs to lift the suspension of your {standard} certificate, and close those findings before the deadline it sets.',
  'step.transition-2022':
    'Book a transition audit to the 2022 edition of {standard}: update the Statement of Applicability to the 93 controls and close the gaps in those the 2022 edition added.',
  'step.recertify':
    'Move {standard} to a certification body accredited by a national accreditation body (UKAS, DAkkS, ANAB, SAS…) before a customer rejects your certificate.',
  'step.check-accreditation-27001':
    'Choose a certification body accredited for {standard} (UKAS, DAkkS, ANAB, SAS…) and check its certificates in IAF CertSearch.',
  'step.check-accreditation-42001':
    'Before signing, check your certification body’s accreditation scope for {standard} (UKAS, DAkkS, ANAB, SAS…): not every body accredited for ISO/IEC 27001 is accredited for 42001 yet.',
  'step.maintain':
    'Keep the system running: internal audit and management review on schedule, and yearly surveillance audits for any certificate.',
  'step.review-scope': 'Review the scope whenever you add products, AI systems or markets.',
  'step.ai-risk-early':
    'Start the risk management the EU AI Act asks of your high-risk system (Art. 9) and its impact assessment now, alongside the {iso27001} work: those duties do not wait for the security certificate.',
  'step.keep-evidence':
    'Keep the evidence buyers ask for ready: Statement of Applicability, last internal audit, management review minutes, test reports.',
};
