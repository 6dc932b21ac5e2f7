// English text of the full gap assessment. Ids and short titles follow the standards' numbering and published
// labels; every requirement and help text is our own summary, never the standards' wording.

/** Text of one requirement or control. */
export interface FullEntryText {
  /** Short title, as the control is commonly labelled. */
  title: string;
  /** What is expected, in plain words. */
  text: string;
  /** What an auditor would look at; clause requirements only. */
  help?: string;
}

type Texts = Record<string, FullEntryText>;

const clauses: Texts = {
  '4.1': {
    title: 'Understanding the organization and its context',
    text: 'The internal and external issues that affect what the management system must achieve are known and kept up to date, including whether climate change is relevant.',
    help: 'A short, dated list of issues (market, legal, technical, organisational) reviewed at least yearly.',
  },
  '4.2': {
    title: 'Needs and expectations of interested parties',
    text: 'You know who has a stake in the management system (customers, regulators, staff, suppliers), what they require, and which of those requirements you address.',
    help: 'A register of interested parties and their requirements, with the ones handled through the management system marked. Since Amendment 1 (2024), a note reminds you that interested parties can have climate-related requirements.',
  },
  '4.3': {
    title: 'Determining the scope',
    text: 'The boundaries of the management system (sites, teams, products, systems) are decided, justified and written down.',
    help: 'A scope statement that names what is in and out, the interfaces and dependencies, and why.',
  },
  '4.4': {
    title: 'Management system',
    text: 'The management system is set up, run, maintained and improved as a set of connected processes.',
    help: 'Evidence the processes exist and work together: a process map or manual, owners, records of operation.',
  },
  '5.1': {
    title: 'Leadership and commitment',
    text: 'Top management visibly drives the management system: resources, integration into business processes, direction and support for those who run it.',
    help: 'Minutes, budget decisions, communications from leadership, their part in reviews.',
  },
  '5.2': {
    title: 'Policy',
    text: 'A policy approved by top management sets the direction, commits to meeting requirements and to improving, and is communicated and available.',
    help: 'The signed policy, its version history and how staff and interested parties can get it.',
  },
  '5.3': {
    title: 'Organizational roles, responsibilities and authorities',
    text: 'Responsibilities and authorities for the management system are assigned and communicated, including who reports on its performance to top management.',
    help: 'A roles and responsibilities matrix or appointments, known to the people named.',
  },
  '6.1.1': {
    title: 'Actions to address risks and opportunities — general',
    text: 'When planning, you determine the risks and opportunities to address, plan actions for them and check those actions work.',
    help: 'The planning record that links context, interested parties and the risk process to actions.',
  },
  '6.1.2': {
    title: 'Risk assessment',
    text: 'A defined, repeatable risk assessment process with criteria for accepting risk and for performing assessments, which identifies, analyses and evaluates risks and names their owners.',
    help: 'The documented method (criteria, scales, owners) that gives comparable results when repeated.',
  },
  '6.1.3': {
    title: 'Risk treatment',
    text: 'Treatment options are chosen, the controls needed are determined and compared with Annex A, a Statement of Applicability is produced, and a treatment plan is approved by the risk owners.',
    help: 'The documented treatment process, the Statement of Applicability and the risk treatment plan with owner approval.',
  },
  '6.2': {
    title: 'Objectives and planning to achieve them',
    text: 'Measurable objectives are set at relevant levels, consistent with the policy, with plans for what will be done, by whom, with what and by when.',
    help: 'The documented objectives with owners, deadlines and how progress is measured.',
  },
  '6.3': {
    title: 'Planning of changes',
    text: 'Changes to the management system are carried out in a planned way.',
    help: 'A change record showing purpose, impact and approval of changes to the management system.',
  },
  '7.1': {
    title: 'Resources',
    text: 'The people, budget, tools and time needed to run and improve the management system are provided.',
    help: 'Budget lines, staffing and tooling decisions tied to the management system.',
  },
  '7.2': {
    title: 'Competence',
    text: 'The competence each role needs is defined, people are competent through education, training or experience, gaps are closed and the evidence is kept.',
    help: 'Role requirements, training records, certificates or CVs, and records of actions taken on gaps.',
  },
  '7.3': {
    title: 'Awareness',
    text: 'Everyone working under your control knows the policy, their contribution and what happens if they do not follow the requirements.',
    help: 'Onboarding and awareness sessions with attendance, and staff who can explain the basics when asked.',
  },
  '7.4': {
    title: 'Communication',
    text: 'What, when, with whom and how you communicate about the management system, internally and externally, is decided.',
    help: 'A communication plan or matrix and examples of it being followed.',
  },
  '7.5.1': {
    title: 'Documented information — general',
    text: 'The documented information the standard requires, and what you need for the system to work, exists.',
    help: 'A list of the required documents and records, each with its location and owner.',
  },
  '7.5.2': {
    title: 'Creating and updating',
    text: 'Documents are identified (title, date, author, version), in a suitable format and reviewed and approved before use.',
    help: 'Document headers or metadata and approval records.',
  },
  '7.5.3': {
    title: 'Control of documented information',
    text: 'Documents and records are available where needed, protected, distributed, versioned, retained and disposed of under control, including those from outside.',
    help: 'Access rights on the document store, version history, retention rules.',
  },
  '8.1': {
    title: 'Operational planning and control',
    text: 'The processes that meet the requirements and carry out the planned actions are planned, run with criteria and controlled, including changes and outsourced processes.',
    help: 'Procedures in use, records showing they ran as planned, control over what suppliers do for you.',
  },
  '8.2': {
    title: 'Risk assessment (performed)',
    text: 'Risk assessments are carried out at planned intervals and when significant changes occur, and their results are kept.',
    help: 'Dated risk assessment results, including ones triggered by changes.',
  },
  '8.3': {
    title: 'Risk treatment (implemented)',
    text: 'The risk treatment plan is carried out and its results are kept.',
    help: 'Progress on the treatment plan: controls put in place, dates, residual risk accepted by owners.',
  },
  '9.1': {
    title: 'Monitoring, measurement, analysis and evaluation',
    text: 'You decide what to monitor and measure, how and when, who analyses it, and you evaluate performance and effectiveness from the results.',
    help: 'Metrics with definitions and owners, and results that are reviewed.',
  },
  '9.2.1': {
    title: 'Internal audit — general',
    text: 'Internal audits at planned intervals check that the management system meets your own requirements and the standard, and that it works.',
    help: 'Audit reports covering the whole scope over the cycle.',
  },
  '9.2.2': {
    title: 'Internal audit programme',
    text: 'An audit programme sets frequency, methods, responsibilities and reporting; auditors are objective, results go to management and are kept.',
    help: 'The audit programme, auditor independence, reports and follow-up of findings.',
  },
  '9.3.1': {
    title: 'Management review — general',
    text: 'Top management reviews the management system at planned intervals to keep it suitable, adequate and effective.',
    help: 'Scheduled reviews with top management present.',
  },
  '9.3.2': {
    title: 'Management review inputs',
    text: 'The review considers earlier actions, changes in context and needs, performance and trends, feedback, risk results and improvement opportunities.',
    help: 'An agenda or minutes that cover every required input.',
  },
  '9.3.3': {
    title: 'Management review results',
    text: 'The review ends in decisions on improvement and needed changes, and the results are kept.',
    help: 'Minutes with decisions, owners and dates.',
  },
  '10.1': {
    title: 'Continual improvement',
    text: 'The suitability, adequacy and effectiveness of the management system are improved continually.',
    help: 'Improvements made over time and where they came from.',
  },
  '10.2': {
    title: 'Nonconformity and corrective action',
    text: 'Nonconformities are handled: reacted to, causes found, corrective action taken and checked, and records kept.',
    help: 'A nonconformity log with root causes, actions and effectiveness checks.',
  },
};

const clauses27001: Texts = {
  '5.2': {
    title: 'Policy',
    text: 'An information security policy approved by top management sets objectives or a frame for them, commits to requirements and improvement, and is communicated.',
    help: 'The signed information security policy, its version and how it reaches staff and interested parties.',
  },
  '6.1.2': {
    title: 'Information security risk assessment',
    text: 'A defined, repeatable information security risk assessment process with acceptance criteria, which identifies risks to confidentiality, integrity and availability, analyses and evaluates them and names owners.',
    help: 'The documented method and risk criteria.',
  },
  '6.1.3': {
    title: 'Information security risk treatment',
    text: 'Treatment options and the needed controls are determined and compared with Annex A so nothing is overlooked; a Statement of Applicability and a treatment plan exist and risk owners approve them and the residual risk.',
    help: 'The documented treatment process, the Statement of Applicability and the risk treatment plan.',
  },
  '6.2': {
    title: 'Information security objectives and planning to achieve them',
    text: 'Measurable information security objectives, consistent with the policy and the risk results, are set, monitored and planned for.',
    help: 'The documented objectives with owners, deadlines and measures.',
  },
  '8.2': {
    title: 'Information security risk assessment (performed)',
    text: 'Information security risk assessments are carried out at planned intervals and on significant change, and their results are kept.',
    help: 'Dated risk assessment results.',
  },
  '8.3': {
    title: 'Information security risk treatment (implemented)',
    text: 'The information security risk treatment plan is carried out and its results are kept.',
    help: 'Treatment plan progress and owner acceptance of residual risk.',
  },
};

const clauses42001: Texts = {
  '4.1': {
    title: 'Understanding the organization and its context',
    text: 'The issues that affect the AI management system are known, including your role towards AI systems (provider, producer, customer, user…), the intended purpose of the systems you develop or use, and whether climate change is relevant.',
    help: 'A context record that names your AI roles and the purpose of each AI system in scope.',
  },
  '4.3': {
    title: 'Determining the scope of the AI management system',
    text: 'The boundaries of the AI management system (AI systems, activities, teams, locations) are decided and written down.',
    help: 'A scope statement that names the AI systems and activities covered.',
  },
  '5.2': {
    title: 'AI policy',
    text: 'An AI policy approved by top management fits your purpose, frames AI objectives, commits to requirements and improvement, and is communicated and available.',
    help: 'The signed AI policy, its version and how it reaches staff and interested parties.',
  },
  '6.1.2': {
    title: 'AI risk assessment',
    text: 'A defined AI risk assessment process, informed by the AI policy, objectives and impact assessments, identifies, analyses and evaluates risks that could stop you meeting your AI objectives.',
    help: 'The documented method with risk criteria that cover AI-specific sources (data, models, automation, transparency).',
  },
  '6.1.3': {
    title: 'AI risk treatment',
    text: 'Treatment options and controls for AI risks are chosen and compared with Annex A of ISO/IEC 42001; a Statement of Applicability and a treatment plan exist and are approved.',
    help: 'The documented treatment process, the AI Statement of Applicability and the treatment plan.',
  },
  '6.1.4': {
    title: 'AI system impact assessment',
    text: 'A defined process assesses the possible consequences of AI systems for individuals, groups and society, across their intended and foreseeable uses, and its results feed the risk assessment.',
    help: 'The documented impact assessment method and when it is triggered.',
  },
  '6.2': {
    title: 'AI objectives and planning to achieve them',
    text: 'Measurable AI objectives, consistent with the AI policy, are set, monitored and planned for.',
    help: 'The documented AI objectives with owners, deadlines and measures.',
  },
  '8.2': {
    title: 'AI risk assessment (performed)',
    text: 'AI risk assessments are carried out at planned intervals and on significant change, and their results are kept.',
    help: 'Dated AI risk assessment results.',
  },
  '8.3': {
    title: 'AI risk treatment (implemented)',
    text: 'The AI risk treatment plan is carried out, its effectiveness is checked and its results are kept.',
    help: 'Treatment plan progress and checks that the treatments work.',
  },
  '8.4': {
    title: 'AI system impact assessment (performed)',
    text: 'AI system impact assessments are carried out at planned intervals and on significant change, and their results are kept.',
    help: 'Dated impact assessment results for each AI system in scope.',
  },
};

const controls27001: Texts = {
  'A.5.1': {
    title: 'Policies for information security',
    text: 'A policy and topic-specific policies are defined, approved, published, acknowledged by those concerned and reviewed.',
  },
  'A.5.2': {
    title: 'Information security roles and responsibilities',
    text: 'Security roles and responsibilities are defined and assigned as the organisation needs them.',
  },
  'A.5.3': {
    title: 'Segregation of duties',
    text: 'Conflicting duties and areas of responsibility are separated, or their risk is otherwise controlled.',
  },
  'A.5.4': {
    title: 'Management responsibilities',
    text: 'Managers require staff and contractors to apply security according to the policies and procedures.',
  },
  'A.5.5': {
    title: 'Contact with authorities',
    text: 'Contacts with relevant authorities (regulators, law enforcement, supervisory bodies) are set up and kept current.',
  },
  'A.5.6': {
    title: 'Contact with special interest groups',
    text: 'Contacts with security forums and professional groups are kept to stay informed.',
  },
  'A.5.7': {
    title: 'Threat intelligence',
    text: 'Information about threats is collected and analysed, and what it tells you is acted on.',
  },
  'A.5.8': {
    title: 'Information security in project management',
    text: 'Security is built into project management, whatever the kind of project.',
  },
  'A.5.9': {
    title: 'Inventory of information and other associated assets',
    text: 'An inventory of information and associated assets, with owners, is kept and up to date.',
  },
  'A.5.10': {
    title: 'Acceptable use of information and other associated assets',
    text: 'Rules for acceptable use and handling of information and assets are written and applied.',
  },
  'A.5.11': {
    title: 'Return of assets',
    text: 'People return the organisation’s assets when their employment, contract or agreement changes or ends.',
  },
  'A.5.12': {
    title: 'Classification of information',
    text: 'Information is classified by its confidentiality, integrity, availability and stakeholder needs.',
  },
  'A.5.13': {
    title: 'Labelling of information',
    text: 'Information is labelled according to the classification scheme.',
  },
  'A.5.14': {
    title: 'Information transfer',
    text: 'Rules, procedures or agreements protect information transferred inside the organisation and to others, by any means.',
  },
  'A.5.15': {
    title: 'Access control',
    text: 'Rules for physical and logical access are set on business and security requirements and applied.',
  },
  'A.5.16': { title: 'Identity management', text: 'Identities are managed across their whole life cycle.' },
  'A.5.17': {
    title: 'Authentication information',
    text: 'Passwords, keys and other authentication information are issued and managed under control, with guidance for users.',
  },
  'A.5.18': {
    title: 'Access rights',
    text: 'Access rights are granted, reviewed, changed and removed according to the access control rules.',
  },
  'A.5.19': {
    title: 'Information security in supplier relationships',
    text: 'Processes manage the security risks of using suppliers’ products and services.',
  },
  'A.5.20': {
    title: 'Addressing information security within supplier agreements',
    text: 'Security requirements are agreed with each supplier according to the relationship.',
  },
  'A.5.21': {
    title: 'Managing information security in the ICT supply chain',
    text: 'Security risks of the ICT products and services supply chain are managed.',
  },
  'A.5.22': {
    title: 'Monitoring, review and change management of supplier services',
    text: 'Supplier security practices and service delivery are monitored, reviewed, evaluated and changes managed.',
  },
  'A.5.23': {
    title: 'Information security for use of cloud services',
    text: 'Buying, using, managing and leaving cloud services follow your security requirements.',
  },
  'A.5.24': {
    title: 'Information security incident management planning and preparation',
    text: 'Incident management processes, roles and responsibilities are defined, communicated and ready.',
  },
  'A.5.25': {
    title: 'Assessment and decision on information security events',
    text: 'Security events are assessed and it is decided whether they are incidents.',
  },
  'A.5.26': {
    title: 'Response to information security incidents',
    text: 'Incidents are responded to following documented procedures.',
  },
  'A.5.27': {
    title: 'Learning from information security incidents',
    text: 'What incidents teach is used to strengthen controls.',
  },
  'A.5.28': {
    title: 'Collection of evidence',
    text: 'Procedures identify, collect, acquire and preserve evidence related to security events.',
  },
  'A.5.29': {
    title: 'Information security during disruption',
    text: 'Security is kept at an appropriate level during disruption.',
  },
  'A.5.30': {
    title: 'ICT readiness for business continuity',
    text: 'ICT readiness is planned, implemented, maintained and tested against business continuity objectives.',
  },
  'A.5.31': {
    title: 'Legal, statutory, regulatory and contractual requirements',
    text: 'Legal, regulatory and contractual security requirements are identified, documented and kept current, with how you meet them.',
  },
  'A.5.32': {
    title: 'Intellectual property rights',
    text: 'Procedures protect intellectual property rights, yours and others’.',
  },
  'A.5.33': {
    title: 'Protection of records',
    text: 'Records are protected from loss, destruction, falsification, unauthorised access and release.',
  },
  'A.5.34': {
    title: 'Privacy and protection of PII',
    text: 'Requirements for privacy and personal data protection are identified and met.',
  },
  'A.5.35': {
    title: 'Independent review of information security',
    text: 'The approach to security and its implementation are reviewed independently at planned intervals or on significant change.',
  },
  'A.5.36': {
    title: 'Compliance with policies, rules and standards for information security',
    text: 'Compliance with the security policy, topic-specific policies, rules and standards is reviewed regularly.',
  },
  'A.5.37': {
    title: 'Documented operating procedures',
    text: 'Operating procedures for information processing facilities are documented and available to those who need them.',
  },
  'A.6.1': {
    title: 'Screening',
    text: 'Background checks on candidates are carried out before joining and as required, proportionate to the role and the law.',
  },
  'A.6.2': {
    title: 'Terms and conditions of employment',
    text: 'Employment contracts state the staff’s and the organisation’s security responsibilities.',
  },
  'A.6.3': {
    title: 'Information security awareness, education and training',
    text: 'Staff and relevant parties receive security awareness, education and training, with regular updates.',
  },
  'A.6.4': {
    title: 'Disciplinary process',
    text: 'A formal, communicated disciplinary process covers security policy violations.',
  },
  'A.6.5': {
    title: 'Responsibilities after termination or change of employment',
    text: 'Security duties that remain after leaving or changing roles are defined, communicated and enforced.',
  },
  'A.6.6': {
    title: 'Confidentiality or non-disclosure agreements',
    text: 'Confidentiality agreements that reflect your needs are signed, reviewed and documented.',
  },
  'A.6.7': {
    title: 'Remote working',
    text: 'Security measures protect information accessed, processed or stored when people work remotely.',
  },
  'A.6.8': {
    title: 'Information security event reporting',
    text: 'People can report observed or suspected security events quickly through known channels.',
  },
  'A.7.1': {
    title: 'Physical security perimeters',
    text: 'Perimeters protecting areas with information and assets are defined and used.',
  },
  'A.7.2': {
    title: 'Physical entry',
    text: 'Secure areas are protected by entry controls and access points.',
  },
  'A.7.3': {
    title: 'Securing offices, rooms and facilities',
    text: 'Physical security for offices, rooms and facilities is designed and implemented.',
  },
  'A.7.4': {
    title: 'Physical security monitoring',
    text: 'Premises are watched continuously for unauthorised physical access.',
  },
  'A.7.5': {
    title: 'Protecting against physical and environmental threats',
    text: 'Protection against natural disasters, fire, flood and other physical threats is designed and implemented.',
  },
  'A.7.6': {
    title: 'Working in secure areas',
    text: 'Security measures for working in secure areas are designed and implemented.',
  },
  'A.7.7': {
    title: 'Clear desk and clear screen',
    text: 'Clear desk rules for papers and media and clear screen rules for facilities are defined and enforced.',
  },
  'A.7.8': { title: 'Equipment siting and protection', text: 'Equipment is sited securely and protected.' },
  'A.7.9': {
    title: 'Security of assets off-premises',
    text: 'Assets used outside the premises are protected.',
  },
  'A.7.10': {
    title: 'Storage media',
    text: 'Storage media are managed through their life cycle (acquisition, use, transport, disposal) according to classification.',
  },
  'A.7.11': {
    title: 'Supporting utilities',
    text: 'Facilities are protected from power failures and other disruptions of supporting utilities.',
  },
  'A.7.12': {
    title: 'Cabling security',
    text: 'Power and data cables are protected from interception, interference or damage.',
  },
  'A.7.13': {
    title: 'Equipment maintenance',
    text: 'Equipment is maintained correctly to keep information available, intact and confidential.',
  },
  'A.7.14': {
    title: 'Secure disposal or re-use of equipment',
    text: 'Equipment with storage media is checked so that sensitive data and licensed software are removed or securely overwritten before disposal or re-use.',
  },
  'A.8.1': {
    title: 'User endpoint devices',
    text: 'Information stored on, processed by or reachable through user devices is protected.',
  },
  'A.8.2': {
    title: 'Privileged access rights',
    text: 'Privileged access rights are restricted and managed.',
  },
  'A.8.3': {
    title: 'Information access restriction',
    text: 'Access to information and assets is restricted according to the access control policy.',
  },
  'A.8.4': {
    title: 'Access to source code',
    text: 'Read and write access to source code, development tools and software libraries is managed.',
  },
  'A.8.5': {
    title: 'Secure authentication',
    text: 'Secure authentication (such as multi-factor) is implemented according to access restrictions.',
  },
  'A.8.6': {
    title: 'Capacity management',
    text: 'Use of resources is monitored and adjusted to current and expected capacity needs.',
  },
  'A.8.7': {
    title: 'Protection against malware',
    text: 'Protection against malware is implemented and supported by user awareness.',
  },
  'A.8.8': {
    title: 'Management of technical vulnerabilities',
    text: 'Information about technical vulnerabilities is obtained, exposure evaluated and appropriate measures taken.',
  },
  'A.8.9': {
    title: 'Configuration management',
    text: 'Configurations, including security configurations, of hardware, software, services and networks are established, documented, monitored and reviewed.',
  },
  'A.8.10': { title: 'Information deletion', text: 'Information is deleted when no longer required.' },
  'A.8.11': {
    title: 'Data masking',
    text: 'Data masking is used according to the access control policy, business needs and the law.',
  },
  'A.8.12': {
    title: 'Data leakage prevention',
    text: 'Measures to prevent data leakage apply to systems, networks and devices handling sensitive information.',
  },
  'A.8.13': {
    title: 'Information backup',
    text: 'Backups of information, software and systems are kept and tested according to an agreed backup policy.',
  },
  'A.8.14': {
    title: 'Redundancy of information processing facilities',
    text: 'Facilities are redundant enough to meet availability requirements.',
  },
  'A.8.15': {
    title: 'Logging',
    text: 'Logs of activities, exceptions, faults and other relevant events are produced, stored, protected and analysed.',
  },
  'A.8.16': {
    title: 'Monitoring activities',
    text: 'Networks, systems and applications are monitored for anomalous behaviour and acted on.',
  },
  'A.8.17': {
    title: 'Clock synchronization',
    text: 'Clocks of information processing systems are synchronised to approved time sources.',
  },
  'A.8.18': {
    title: 'Use of privileged utility programs',
    text: 'Utility programs that can override system and application controls are restricted and tightly controlled.',
  },
  'A.8.19': {
    title: 'Installation of software on operational systems',
    text: 'Installing software on operational systems is managed securely.',
  },
  'A.8.20': {
    title: 'Networks security',
    text: 'Networks and network devices are secured, managed and controlled to protect information in systems and applications.',
  },
  'A.8.21': {
    title: 'Security of network services',
    text: 'Security mechanisms, service levels and requirements of network services are identified, implemented and monitored.',
  },
  'A.8.22': {
    title: 'Segregation of networks',
    text: 'Groups of services, users and systems are segregated in the networks.',
  },
  'A.8.23': {
    title: 'Web filtering',
    text: 'Access to external websites is managed to reduce exposure to malicious content.',
  },
  'A.8.24': {
    title: 'Use of cryptography',
    text: 'Rules for effective use of cryptography, including key management, are defined and implemented.',
  },
  'A.8.25': {
    title: 'Secure development life cycle',
    text: 'Rules for the secure development of software and systems are established and applied.',
  },
  'A.8.26': {
    title: 'Application security requirements',
    text: 'Security requirements are identified, specified and approved when developing or acquiring applications.',
  },
  'A.8.27': {
    title: 'Secure system architecture and engineering principles',
    text: 'Principles for engineering secure systems are established, documented, maintained and applied.',
  },
  'A.8.28': { title: 'Secure coding', text: 'Secure coding principles are applied to software development.' },
  'A.8.29': {
    title: 'Security testing in development and acceptance',
    text: 'Security testing processes are defined and implemented in the development life cycle.',
  },
  'A.8.30': {
    title: 'Outsourced development',
    text: 'Outsourced system development is directed, monitored and reviewed.',
  },
  'A.8.31': {
    title: 'Separation of development, test and production environments',
    text: 'Development, test and production environments are separated and secured.',
  },
  'A.8.32': {
    title: 'Change management',
    text: 'Changes to information processing facilities and systems follow change management procedures.',
  },
  'A.8.33': {
    title: 'Test information',
    text: 'Test information is selected, protected and managed appropriately.',
  },
  'A.8.34': {
    title: 'Protection of information systems during audit testing',
    text: 'Audit tests and other assurance activities on operational systems are planned and agreed between the tester and management.',
  },
};

const controls42001: Texts = {
  'A.2.2': {
    title: 'AI policy',
    text: 'A documented policy for developing or using AI systems is in place.',
  },
  'A.2.3': {
    title: 'Alignment with other organizational policies',
    text: 'You have worked out where other policies (security, privacy, quality…) are affected by or apply to your AI objectives.',
  },
  'A.2.4': {
    title: 'Review of the AI policy',
    text: 'The AI policy is reviewed at planned intervals, or when needed, to keep it suitable and effective.',
  },
  'A.3.2': {
    title: 'AI roles and responsibilities',
    text: 'Roles and responsibilities for AI are defined and allocated according to your needs.',
  },
  'A.3.3': {
    title: 'Reporting of concerns',
    text: 'People can report concerns about your role with respect to an AI system throughout its life cycle.',
  },
  'A.4.2': {
    title: 'Resource documentation',
    text: 'The resources each AI system needs at each life cycle stage, and other AI-related activities, are identified and documented.',
  },
  'A.4.3': { title: 'Data resources', text: 'The data resources used for AI systems are documented.' },
  'A.4.4': { title: 'Tooling resources', text: 'The tools used for AI systems are documented.' },
  'A.4.5': {
    title: 'System and computing resources',
    text: 'The system and computing resources used for AI systems are documented.',
  },
  'A.4.6': {
    title: 'Human resources',
    text: 'The people and competences used for AI systems are documented.',
  },
  'A.5.2': {
    title: 'AI system impact assessment process',
    text: 'A process assesses the potential consequences of AI systems for individuals, groups and society over their life cycle.',
  },
  'A.5.3': {
    title: 'Documentation of AI system impact assessments',
    text: 'Results of AI system impact assessments are documented and kept for a defined period.',
  },
  'A.5.4': {
    title: 'Assessing impact on individuals or groups of individuals',
    text: 'Potential impacts of AI systems on individuals and groups are assessed and documented.',
  },
  'A.5.5': {
    title: 'Assessing societal impacts',
    text: 'Potential impacts of AI systems on society are assessed and documented.',
  },
  'A.6.1.2': {
    title: 'Objectives for responsible development',
    text: 'Objectives guiding responsible AI system development are identified, documented and built into development.',
  },
  'A.6.1.3': {
    title: 'Processes for responsible design and development',
    text: 'Processes for the responsible design and development of AI systems are defined and documented.',
  },
  'A.6.2.2': {
    title: 'Requirements and specification',
    text: 'Requirements for new AI systems, or changes to existing ones, are specified and documented.',
  },
  'A.6.2.3': {
    title: 'Documentation of design and development',
    text: 'AI system design and development are documented against objectives and requirements.',
  },
  'A.6.2.4': {
    title: 'Verification and validation',
    text: 'Verification and validation measures for AI systems are defined and documented, with criteria for their use.',
  },
  'A.6.2.5': {
    title: 'Deployment',
    text: 'A deployment plan exists, and requirements are met before an AI system is deployed.',
  },
  'A.6.2.6': {
    title: 'Operation and monitoring',
    text: 'What is needed to operate AI systems, including monitoring, repairs, updates and support, is defined and documented.',
  },
  'A.6.2.7': {
    title: 'Technical documentation',
    text: 'The technical documentation each group of interested parties needs about an AI system is determined and provided.',
  },
  'A.6.2.8': {
    title: 'Recording of event logs',
    text: 'You decide at which life cycle stages event logging is enabled, at least while the AI system is in use.',
  },
  'A.7.2': {
    title: 'Data for development and enhancement',
    text: 'Data management processes for developing and improving AI systems are defined, documented and implemented.',
  },
  'A.7.3': {
    title: 'Acquisition of data',
    text: 'How data for AI systems is acquired and selected is determined and documented.',
  },
  'A.7.4': {
    title: 'Quality of data',
    text: 'Data quality requirements are defined and the data used for AI systems meets them.',
  },
  'A.7.5': {
    title: 'Data provenance',
    text: 'The provenance of data used in AI systems is recorded over the data and system life cycles.',
  },
  'A.7.6': {
    title: 'Data preparation',
    text: 'Criteria for selecting data preparations, and the preparation methods used, are defined and documented.',
  },
  'A.8.2': {
    title: 'System documentation and information for users',
    text: 'Users get the information they need about the AI system.',
  },
  'A.8.3': {
    title: 'External reporting',
    text: 'Interested parties can report adverse impacts of the AI system.',
  },
  'A.8.4': {
    title: 'Communication of incidents',
    text: 'A plan says how incidents are communicated to users of the AI system.',
  },
  'A.8.5': {
    title: 'Information for interested parties',
    text: 'Your obligations to report information about the AI system to interested parties are determined and met.',
  },
  'A.9.2': {
    title: 'Processes for responsible use',
    text: 'Processes for the responsible use of AI systems are defined and documented.',
  },
  'A.9.3': {
    title: 'Objectives for responsible use',
    text: 'Objectives guiding the responsible use of AI systems are identified and documented.',
  },
  'A.9.4': {
    title: 'Intended use of the AI system',
    text: 'AI systems are used as intended and according to their accompanying documentation.',
  },
  'A.10.2': {
    title: 'Allocating responsibilities',
    text: 'Responsibilities within the AI system life cycle are allocated between you, partners, suppliers, customers and third parties.',
  },
  'A.10.3': {
    title: 'Suppliers',
    text: 'A process makes sure services, products or materials from suppliers fit your approach to responsible AI.',
  },
  'A.10.4': {
    title: 'Customers',
    text: 'Your responsible approach to AI takes customer expectations and needs into account.',
  },
};

/** The English text of the full gap assessment and its interface. */
export const full = {
  locale: 'en',
  /** The widget's full-depth screens. */
  ui: {
    heading: 'Full gap assessment',
    intro:
      'Every requirement of clauses 4 to 10 and every Annex A control, one by one, ending in a draft Statement of Applicability and a gap register. Plan on an hour or more for each standard. Your answers are saved in this browser after every change, so you can stop and come back.',
    unsaved:
      'This browser does not let us save your progress: keep the page open until you have exported the results.',
    restored: 'Welcome back: your saved answers are restored.',
    discarded:
      'Your saved answers belonged to an earlier version of the assessment and could not be restored.',
    quickDiscarded:
      'Your quick-check answers belonged to an earlier version and are no longer used as estimates.',
    loading: 'Loading the full assessment…',
    loadFailed: 'The full assessment could not be loaded. Check your connection and reload the page.',
    start: 'Start',
    sections: 'Sections',
    profile: 'Your organisation',
    progress: '{answered} of {total} confirmed',
    prefilled: '{count} pre-filled',
    sectionAnnounce: '{section}: {answered} of {total} confirmed',
    unansweredOnly: 'Unanswered only',
    show: 'Show',
    all: 'All',
    unanswered: 'Not answered',
    excluded: 'Does not apply',
    nothingShown: 'Nothing in this section matches the filter.',
    applicability: 'Does this control apply to you?',
    applies: 'Applies',
    doesNotApply: 'Does not apply',
    justification: 'Why it does not apply',
    suggested: 'Suggested reason: {text}',
    useSuggestion: 'Use this reason',
    status: 'How far is this in place?',
    reasons: 'Why it is included',
    details: 'Owner, evidence and dates',
    owner: 'Owner',
    evidence: 'Evidence (record, ticket, link)',
    reference: 'Implementation reference (document, procedure)',
    targetDate: 'Target date',
    note: 'Note',
    carried: 'Carried over from {refs}. Check that it holds here too.',
    estimate: 'Estimated from your quick-check answer. Confirm or change it.',
    confirm: 'Confirm',
    related: 'Related in the other standard: {refs}',
    grade: 'Finding: {grade}',
    previous: 'Previous section',
    next: 'Next section',
    results: 'See the results',
    back: 'Back to the assessment',
    resultsHeading: 'Gap assessment results',
    readiness: '{standard}: {score}\u00a0% in place',
    readinessNone: '{standard}: nothing assessed yet',
    reuse:
      'Your ISO/IEC 27001 answers already cover {implemented} of the {of} ISO/IEC 42001 requirements and controls in full and {partly} in part.',
    gapsHeading: 'Gap register',
    gapsEmpty: 'No gaps: every requirement and control assessed is conformant.',
    sortBy: 'Sort by',
    sortGrade: 'Grade',
    sortSection: 'Section',
    requirement: 'Requirement or control',
    gradeColumn: 'Grade',
    missing: 'What is missing',
    nextStep: 'Next step',
    due: 'Target date',
    documentsHeading: 'Mandatory documented information',
    soaHeading: 'Statement of Applicability (draft)',
    downloadCsv: '{standard} SoA (CSV)',
    downloadJson: '{standard} SoA (JSON)',
    downloadResult: 'Full result (JSON)',
    print: 'Print or save as PDF',
    gated:
      'The gap register, the documented information checklist and the draft Statements of Applicability follow once you send the form below. Your answers stay saved in this browser either way.',
    unlocked: 'The gap register, the checklist and the draft Statements of Applicability are shown above.',
  },
  /** Section headers as practitioners know them. */
  sections: {
    '27001:4': 'Clause 4 · Context of the organization',
    '27001:5': 'Clause 5 · Leadership',
    '27001:6': 'Clause 6 · Planning',
    '27001:7': 'Clause 7 · Support',
    '27001:8': 'Clause 8 · Operation',
    '27001:9': 'Clause 9 · Performance evaluation',
    '27001:10': 'Clause 10 · Improvement',
    '27001:A.5': 'A.5 · Organizational controls',
    '27001:A.6': 'A.6 · People controls',
    '27001:A.7': 'A.7 · Physical controls',
    '27001:A.8': 'A.8 · Technological controls',
    '42001:4': 'Clause 4 · Context of the organization',
    '42001:5': 'Clause 5 · Leadership',
    '42001:6': 'Clause 6 · Planning',
    '42001:7': 'Clause 7 · Support',
    '42001:8': 'Clause 8 · Operation',
    '42001:9': 'Clause 9 · Performance evaluation',
    '42001:10': 'Clause 10 · Improvement',
    '42001:A.2': 'A.2 · Policies related to AI',
    '42001:A.3': 'A.3 · Internal organization',
    '42001:A.4': 'A.4 · Resources for AI systems',
    '42001:A.5': 'A.5 · Assessing impacts of AI systems',
    '42001:A.6': 'A.6 · AI system life cycle',
    '42001:A.7': 'A.7 · Data for AI systems',
    '42001:A.8': 'A.8 · Information for interested parties',
    '42001:A.9': 'A.9 · Use of AI systems',
    '42001:A.10': 'A.10 · Third-party and customer relationships',
  } as Record<string, string>,
  /** Clause requirements in words that fit both standards. */
  clauses,
  /** Where ISO/IEC 27001's wording is specific to information security. */
  clauses27001,
  /** Where ISO/IEC 42001's wording is specific to AI. */
  clauses42001,
  controls27001,
  controls42001,
  scoping: {
    heading: 'Scope of the assessment',
    premises: {
      text: 'Which premises does your organisation control?',
      options: {
        own: 'Our own offices, server rooms or sites',
        shared: 'Space in a shared or serviced building',
        none: 'None: we work remotely and run on cloud services',
      },
    },
    development: {
      text: 'Do you develop software?',
      options: {
        'in-house': 'Yes, in-house',
        outsourced: 'Only through contractors or agencies',
        none: 'No',
      },
    },
    aiSystems: {
      text: 'Which AI systems are in scope of the AI management system? One per line.',
      help: 'The 42001 Statement of Applicability names them. Products, internal models and AI services you use all count.',
    },
  },
  statuses: {
    implemented: 'Implemented',
    partly: 'Partly implemented',
    planned: 'Planned',
    'not-started': 'Not started',
    unsure: 'Not sure',
  } as Record<string, string>,
  grades: {
    conformant: 'Conformant',
    'minor-gap': 'Minor gap',
    'major-gap': 'Major gap',
    'not-assessed': 'Not assessed',
  } as Record<string, string>,
  reasons: {
    risk: 'Risk assessment',
    legal: 'Legal or regulatory',
    contractual: 'Contractual',
    business: 'Business need',
  } as Record<string, string>,
  sources: {
    answer: 'Confirmed',
    carried: 'Carried over',
    estimate: 'Estimate from the quick check',
    none: 'Not answered',
  } as Record<string, string>,
  /** Suggested justifications for excluding a control. */
  suggestions: {
    'no-premises':
      'No premises of our own: we work remotely and use cloud services; physical protection of the data centres is the providers’ and is covered through supplier and cloud controls (A.5.19–A.5.23).',
    'shared-premises':
      'Shared building: the perimeter, entry, utilities and cabling are the landlord’s responsibility under the lease; we control our own rooms.',
    'no-development':
      'We do not develop software, in-house or outsourced; software is bought as products or services and covered by supplier controls.',
    'no-ai':
      'We do not develop, provide or use AI systems of our own; life cycle and data controls have nothing to apply to.',
    'ai-procured':
      'We use third-party AI systems as supplied and design, develop or train none; supplier controls (A.10.3) carry the requirements.',
    'no-ai-customers': 'We provide no AI system or AI-based service to customers.',
    'quick-na': 'Answered “does not apply to us” in the quick check; state why.',
  } as Record<string, string>,
  documents: {
    scope: 'Scope of the management system (4.3)',
    policy: 'Information security policy (5.2)',
    'risk-assessment-process': 'Risk assessment process (6.1.2)',
    'risk-treatment-process': 'Risk treatment process (6.1.3)',
    soa: 'Statement of Applicability (6.1.3)',
    'risk-treatment-plan': 'Risk treatment plan (6.1.3)',
    objectives: 'Information security objectives (6.2)',
    competence: 'Evidence of competence (7.2)',
    'operational-records': 'Records that processes ran as planned (8.1)',
    'risk-assessment-results': 'Risk assessment results (8.2)',
    'risk-treatment-results': 'Risk treatment results (8.3)',
    'monitoring-results': 'Monitoring and measurement results (9.1)',
    'audit-programme': 'Internal audit programme (9.2.2)',
    'audit-results': 'Internal audit results (9.2.2)',
    'review-results': 'Management review results (9.3.3)',
    nonconformities: 'Nonconformities and corrective actions (10.2)',
    'ai-policy': 'AI policy (5.2)',
    'ai-objectives': 'AI objectives (6.2)',
    'impact-assessment-process': 'AI system impact assessment process (6.1.4)',
    'impact-assessment-results': 'AI system impact assessment results (8.4)',
  } as Record<string, string>,
  documentStates: {
    present: 'In place, referenced',
    unreferenced: 'In place, no reference recorded',
    partial: 'Partly in place',
    missing: 'Missing',
    unknown: 'Not assessed',
  } as Record<string, string>,
  /** The gap register's wording, by the grade rule that gave the finding. */
  gap: {
    missing: {
      'excluded-unjustified': 'Excluded without a justification',
      unanswered: 'Not assessed yet',
      unsure: 'Nobody knows whether it is in place',
      'critical-partly': 'Only partly in place, and certification depends on it',
      partly: 'Only partly in place',
      'control-planned-dated': 'Planned, not yet in place',
      missing: 'Not in place',
    } as Record<string, string>,
    next: {
      'excluded-unjustified': 'Write why it does not apply, or include it.',
      unanswered: 'Assess it with the person who owns it.',
      unsure: 'Ask the owner and look for evidence.',
      'critical-partly': 'Finish it first: a stage 1 audit checks it.',
      partly: 'Close what is missing and record the evidence.',
      'control-planned-dated': 'Keep to the target date and record the evidence.',
      missing: 'Give it an owner and a target date in the risk treatment plan.',
    } as Record<string, string>,
  },
  /** Column headers of the Statement of Applicability (CSV and print). */
  soa: {
    control: 'Control',
    title: 'Title',
    theme: 'Theme',
    applicable: 'Applicable',
    reasons: 'Reason for inclusion',
    exclusion: 'Justification for exclusion',
    status: 'Implementation status',
    source: 'Source',
    reference: 'Implementation reference',
    owner: 'Owner',
    evidence: 'Evidence',
    plannedDate: 'Planned date',
    related: 'Related ISO/IEC 27001 controls',
    aiSystems: 'AI systems in scope',
    yes: 'Yes',
    no: 'No',
    /** An applicable control without a reason for inclusion, and one the scoping answers suggest excluding. */
    reasonsToComplete: 'To complete: risk, legal, contractual or business',
    exclusionSuggested: 'To decide, exclusion suggested: {reason}',
    heading: 'Statement of Applicability (draft): {standard}',
    draftNote:
      'Draft from a self-assessment: values marked “Carried over” or “Estimate” are to be confirmed before the SoA is approved.',
    /** The document-control block above an exported SoA, and the register's folded line. */
    document: {
      title: 'Document',
      organisation: 'Organisation',
      version: 'Version',
      date: 'Date',
      preparedBy: 'Prepared by',
      approvedBy: 'Approved by',
      notApproved: 'Not yet approved',
      status: 'Status',
      draft: 'Draft',
      approved: 'Approved',
      notAssessed: '{count} requirements and controls not yet assessed',
    },
  },
  /** The workbench around the entries: rail, table, keys, changes to many, files, saving. */
  work: {
    overall: '{answered} of {total} confirmed',
    nextUnanswered: 'Next unanswered',
    allAnswered: 'Every requirement and control is confirmed.',
    continueAt: 'Continue at {id}',
    restoredAt: 'Welcome back: restored what was saved in this browser on {date}.',
    unsavedSince:
      'Changes made after {date} could not be saved in this browser and are not included. If you saved a copy to a file, open it.',
    saveFailed:
      'Saving in this browser has stopped: its storage is full or blocked. Your latest changes exist only on this page. Save a copy to a file now to keep them.',
    saveCopy: 'Save a copy (JSON)',
    openFile: 'Open a saved assessment',
    imported: 'Opened the assessment saved on {date}.',
    importDamaged:
      'This file could not be read: it is not a saved assessment, or it is damaged. Nothing was changed.',
    importVersion:
      'This file was saved by another version of the assessment and cannot be opened here. Nothing was changed.',
    importScope: 'This file covers other standards than this assessment. Nothing was changed.',
    importQuickDropped: 'Its quick-check answers belong to an earlier version and were left out.',
    view: 'View',
    cards: 'One by one',
    table: 'Table',
    id: 'Id',
    title: 'Title',
    applies: 'Applies',
    select: 'Select {id}',
    selectAll: 'Select all shown',
    openEntry: 'Open {id}',
    closeEntry: 'Close',
    keys: 'Keys on a row: 1 Implemented, 2 Partly, 3 Planned, 4 Not started, 5 Not sure, 0 Does not apply, J next row, K previous row, Enter opens the entry.',
    keyAnnounce: '{id}: {value}',
    bulkHeading: 'Change many at once',
    bulkSelected: 'Applies to the {count} selected',
    bulkShown: 'Applies to the {count} shown',
    markNotApplicable: 'Mark not applicable',
    addReason: 'Add reason for inclusion',
    setOwner: 'Set owner',
    setDate: 'Set target date',
    apply: 'Apply',
    undo: 'Undo: {action}',
    changed: '{action}: {count} changed. Undo is available.',
    undone: 'Undone: {action}',
    nothingChanged: 'Nothing to change among these entries.',
    actionNotApplicable: 'marked not applicable',
    actionReason: 'reason for inclusion added',
    actionOwner: 'owner set',
    actionDate: 'target date set',
    actionImport: 'opened a saved assessment',
    withoutSuggestion: '{count} have no suggested reason: write why each does not apply.',
    lookIn: 'Look in',
    thisSection: 'This section',
    everywhere: 'The whole assessment',
    finding: 'Finding',
    any: 'Any',
    ownerFilter: 'Owner contains',
    prefilledOnly: 'Pre-filled only',
    matches: '{count} match',
    desk: 'The full gap assessment is made for a desk or a workshop screen. On a phone, save a copy and open it on a laptop to carry on.',
    exportMenu: 'Export',
    gapCsv: 'Gap register (CSV)',
    folded: '{count} requirements and controls not yet assessed',
    documentHeading: 'Document details for the exports',
    organisation: 'Client organisation',
    preparedBy: 'Prepared by',
    approvedBy: 'Approved by',
    version: 'Version',
    preparedFor: 'Prepared for {organisation}',
    printedOn: 'Date: {date}',
  },
};

/** The full assessment's text: what every locale provides. */
export type FullTranslation = typeof full;
