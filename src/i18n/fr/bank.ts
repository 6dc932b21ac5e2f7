import type { bank as english } from '../en/bank.js';

const STATUS_OPTIONS = {
  none: 'Rien pour l’instant',
  'in-progress': 'Nous y travaillons',
  aligned: 'Nous nous estimons alignés sur la norme (auto-déclaration, sans audit externe)',
  certified: 'Nous sommes certifiés',
};

const YES_NO_UNSURE = { yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas' };

/** Texte français de chaque question, par identifiant. */
export const bank: typeof english = {
  org_size: {
    text: 'Combien de personnes travaillent pour votre organisation, prestataires de longue durée compris ?',
    help: 'Les organismes de certification dimensionnent leurs audits selon les effectifs, et une organisation plus grande compte davantage de personnes, de systèmes et de sites à couvrir : la tranche choisie détermine donc les calendriers et les fourchettes de coûts de votre résultat.',
    options: {
      '1-9': '1 à 9',
      '10-49': '10 à 49',
      '50-249': '50 à 249',
      '250-999': '250 à 999',
      '1000-plus': '1\u202f000 ou plus',
    },
  },
  markets: {
    text: 'Où sont vos clients ? Choisissez toutes les régions où vous vendez.',
    help: 'Vos marchés déterminent les réglementations et les habitudes d’achat qui s’appliquent. Le règlement européen sur l’IA peut par exemple viser un système d’IA dont les résultats sont utilisés dans l’UE, même si son fournisseur est établi ailleurs.',
    options: {
      eu: 'Union européenne',
      uk: 'Royaume-Uni',
      us: 'États-Unis',
      india: 'Inde',
      other: 'Ailleurs',
    },
  },
  buyers: {
    text: 'Qui vous demande, ou vous demandera bientôt, des preuves de votre sécurité ou de votre gouvernance de l’IA ? Choisissez toutes les réponses pertinentes.',
    help: 'Chaque groupe accepte des preuves différentes. Les petits clients se contentent souvent d’un questionnaire de sécurité rempli et de vos politiques ; les grandes entreprises, les acheteurs publics et les investisseurs des tours avancés demandent en général un certificat délivré par un organisme accrédité.',
    options: {
      smb: 'Des clients TPE et PME',
      enterprise: 'Des grandes entreprises, avec service achats et revues de sécurité',
      government: 'Des administrations ou d’autres acheteurs publics',
      'investor-early': 'Des investisseurs en phase d’amorçage (seed à série A)',
      'investor-late':
        'Des investisseurs des tours avancés ou des acquéreurs (à partir de la série B, avant introduction en bourse)',
      none: 'Aucun de ceux-ci, ou surtout des particuliers',
    },
  },
  regulated_sector: {
    text: 'Travaillez-vous dans l’un de ces secteurs réglementés, ou vendez-vous à des acteurs de ces secteurs ?',
    help: 'Les organisations de ces secteurs rendent des comptes à des autorités de contrôle qui attendent de leurs fournisseurs une assurance formelle, vérifiée par un tiers : vendre à ces secteurs place la barre aussi haut qu’y exercer.',
    options: {
      finance: 'Services financiers (banque, assurance, gestion d’actifs)',
      payments: 'Paiements',
      health: 'Santé ou sciences de la vie',
      'public-sector': 'Secteur public',
      'critical-infrastructure': 'Infrastructures critiques (énergie, transports, eau, télécommunications)',
      none: 'Aucun de ces secteurs',
    },
  },
  sensitive_data: {
    text: 'Quels types d’informations sensibles détenez-vous ou traitez-vous, y compris pour le compte de vos clients ?',
    help: 'Comptez les données que vous traitez pour vos clients autant que les vôtres. Sont sensibles les informations dont la perte ou la divulgation nuirait gravement aux personnes concernées ou aux clients qui vous les ont confiées.',
    options: {
      'personal-data': 'Des données personnelles concernant un grand nombre de personnes',
      'special-category':
        'Des données de santé, biométriques ou d’autres catégories particulières de données personnelles',
      financial: 'Des données de cartes de paiement ou de comptes financiers',
      'customer-confidential':
        'Des données confidentielles de clients (code source, contrats, documents internes)',
      none: 'Aucune de celles-ci',
    },
  },
  security_maturity: {
    text: 'Quelle description correspond le mieux à votre sécurité aujourd’hui ?',
    help: 'Personne ne correspond exactement à une description ; choisissez la plus proche. Elle nous indique l’ampleur du travail de fond à prévoir avant que le système de management lui-même puisse fonctionner.',
    options: {
      low: 'Élémentaire : nous comptons sur de bonnes habitudes et sur nos fournisseurs cloud, avons peu de politiques écrites et ne revoyons pas régulièrement les droits d’accès',
      medium:
        'Établie : authentification multifacteur partout, politiques essentielles rédigées, restaurations de sauvegardes testées, une personne chargée de la sécurité à temps partiel',
      high: 'Mature : un responsable de la sécurité dédié, des revues de risques et des tests d’intrusion réguliers, des questionnaires de sécurité remplis à partir de preuves existantes',
    },
  },
  ai_role: {
    text: 'Laquelle de ces descriptions correspond le mieux à l’usage que votre organisation fait de l’IA ?',
    help: 'Incluez l’apprentissage automatique et l’IA générative, ainsi que les outils d’IA que vos équipes utilisent au travail. Si plusieurs réponses s’appliquent, choisissez la plus basse dans la liste qui reste vraie pour vous.',
    options: {
      none: 'Nous n’utilisons l’IA ni dans nos produits ni dans notre travail',
      procures:
        'Nous utilisons des outils ou des API d’IA de tiers pour notre propre travail, mais notre produit ne contient pas d’IA',
      feature:
        'L’IA est une fonctionnalité parmi d’autres de notre produit, développée en interne ou sur un modèle tiers',
      core: 'L’IA est le produit : notre valeur vient de modèles que nous concevons, entraînons ou affinons',
    },
  },
  ai_affects_people: {
    text: 'Les résultats de votre IA servent-ils à prendre des décisions concernant des personnes ? Choisissez tous les groupes concernés.',
    help: 'Comptez les décisions que l’IA prend et celles qu’elle éclaire, comme le classement de candidatures, le signalement de transactions, le tri de patients ou la priorisation de services publics. Les décisions concernant des personnes relèvent le niveau d’exigence en matière d’évaluation d’impact et de contrôle humain.',
    options: {
      customers: 'Nos clients ou les utilisateurs finaux de notre produit',
      staff: 'Nos salariés ou des candidats à l’embauche',
      patients: 'Des patients',
      citizens: 'Des citoyens ou le grand public',
      none: 'Non, elle n’alimente aucune décision concernant des personnes',
    },
  },
  eu_ai_act_high_risk: {
    text: 'Votre IA est-elle utilisée dans un domaine que le règlement européen sur l’IA classe à haut risque ?',
    help: 'Les domaines à haut risque comprennent le recrutement et la gestion des travailleurs, l’évaluation de la solvabilité et la tarification de l’assurance vie ou santé, l’accès à l’éducation et la notation des examens, l’accès aux services publics essentiels et aux prestations sociales, les dispositifs médicaux, les activités répressives, la migration et le contrôle aux frontières, l’administration de la justice et les composants de sécurité des infrastructures critiques. Les systèmes à haut risque emportent des obligations légales qui vont au-delà de toute norme ISO : dans le doute, dites-le.',
    options: YES_NO_UNSURE,
  },
  ai_function: {
    text: 'Comment votre activité d’IA est-elle organisée ?',
    help: 'C’est ce qui détermine si un système de management unique couvrant la sécurité et l’IA vous convient, ou plutôt deux systèmes reposant sur un socle commun. Une entité distincte a généralement sa propre direction, sa propre feuille de route et sa propre infrastructure.',
    options: {
      integrated: 'Au sein de nos équipes produit et ingénierie',
      separate: 'Dans une équipe ou une entité distincte, gérée à part du produit principal',
    },
  },
  status_27001: {
    text: 'Où en êtes-vous aujourd’hui pour l’ISO/IEC 27001 ?',
    help: '« Aligné » signifie que vous avez construit un système de management de la sécurité de l’information (SMSI) selon la norme, avec une appréciation des risques, une déclaration d’applicabilité et un audit interne, mais qu’aucun auditeur externe ne l’a vérifié. « Certifié » signifie qu’un organisme de certification vous a audité et que votre certificat est toujours valide.',
    options: STATUS_OPTIONS,
  },
  accreditation_27001: {
    text: 'L’organisme qui vous a certifié est-il accrédité pour l’ISO/IEC 27001 par un organisme national d’accréditation ?',
    help: 'Un certificat accrédité porte la marque d’un organisme national d’accréditation comme le COFRAC (France), le SAS (Suisse), l’UKAS (Royaume-Uni), la DAkkS (Allemagne) ou l’ANAB (États-Unis), et peut être vérifié dans l’annuaire de cet organisme ou dans IAF CertSearch. Beaucoup de grands donneurs d’ordre refusent les certificats qui n’en portent pas. Si vous ne pouvez pas le confirmer, choisissez « Je ne sais pas » : nous considérerons alors le certificat comme non accrédité jusqu’à vérification.',
    options: YES_NO_UNSURE,
  },
  status_42001: {
    text: 'Où en êtes-vous aujourd’hui pour l’ISO/IEC 42001 ?',
    help: '« Aligné » signifie que vous avez construit un système de management de l’intelligence artificielle selon la norme, avec des appréciations des risques et des évaluations d’impact liées à l’IA, une déclaration d’applicabilité et un audit interne, mais qu’aucun auditeur externe ne l’a vérifié. « Certifié » signifie qu’un organisme de certification vous a audité et que votre certificat est toujours valide.',
    options: STATUS_OPTIONS,
  },
  accreditation_42001: {
    text: 'L’organisme qui vous a certifié est-il accrédité pour l’ISO/IEC 42001 par un organisme national d’accréditation ?',
    help: 'L’accréditation est accordée norme par norme, et l’ISO/IEC 42001 est récente : un organisme accrédité pour l’ISO 27001 ne l’est pas forcément encore pour la 42001. Vérifiez sur le certificat la marque de l’organisme d’accréditation (COFRAC, SAS, UKAS, DAkkS, ANAB…) et la portée inscrite dans son annuaire. Si vous ne pouvez pas le confirmer, choisissez « Je ne sais pas » : nous considérerons alors le certificat comme non accrédité jusqu’à vérification.',
    options: YES_NO_UNSURE,
  },

  context_parties: {
    text: 'Avez-vous consigné les enjeux externes et internes qui façonnent votre système de management, ainsi que les exigences de vos clients, des autorités et des autres parties intéressées ?',
    help: 'Un auditeur attend un court registre des enjeux (commerciaux, juridiques, techniques, organisationnels, et la pertinence ou non du changement climatique pour vous) et des parties intéressées avec leurs exigences, revu au moins une fois par an. Un même registre peut servir à la sécurité comme à la gouvernance de l’IA. Répondez « En partie » s’il n’existe que dans les têtes ou n’est plus à jour.',
  },
  isms_scope: {
    text: 'Avez-vous documenté le domaine d’application de votre système de management de la sécurité de l’information : produits, services, sites, équipes et systèmes couverts, et ce qui en est exclu, avec la justification ?',
    help: 'Le domaine d’application fait partie des premiers documents demandés par un organisme de certification, et sa formulation figure sur le certificat. « Oui » signifie un périmètre écrit, approuvé par la direction, qui en fixe les limites et cite les services externes dont il dépend, comme vos fournisseurs cloud.',
  },
  leadership: {
    text: 'La direction s’est-elle visiblement approprié votre système de management, avec un dirigeant responsable, des rôles et responsabilités attribués, et le budget et le temps nécessaires ?',
    help: 'Les preuves attendues : un dirigeant responsable nommément désigné, une trace écrite de qui porte quels risques, quelles mesures et quels audits, et des décisions de moyens consignées par la direction. Un responsable de la sécurité qui agit sans le soutien de la direction correspond à « En partie ».',
  },
  security_policy: {
    text: 'Disposez-vous d’une politique de sécurité de l’information approuvée par la direction, d’objectifs de sécurité mesurables et de politiques thématiques (accès, usage acceptable, etc.) que le personnel a lues ?',
    help: 'Les auditeurs vérifient que la politique est approuvée, communiquée et revue, que les objectifs sont mesurables et assortis de responsables et d’échéances, et que des politiques thématiques existent là où vos risques l’exigent. Un modèle téléchargé, jamais adapté ni diffusé, vaut au mieux « En partie ».',
  },
  risk_method: {
    text: 'Disposez-vous d’une méthode écrite unique pour identifier, analyser et évaluer les risques, avec des critères d’acceptation du risque, qui produit des résultats cohérents à chaque utilisation ?',
    help: 'La méthode fixe les échelles de vraisemblance et de conséquences, les critères d’acceptation et qui peut accepter le risque résiduel. C’est la partie de la gestion des risques que l’on conçoit une fois pour l’appliquer aussi bien aux risques de sécurité qu’aux risques liés à l’IA. « Oui » suppose qu’elle soit écrite et réellement appliquée ; un tableur suffit.',
  },
  risk_assessment: {
    text: 'Avez-vous apprécié vos risques de sécurité de l’information avec cette méthode, chacun avec un propriétaire, et renouvelez-vous l’appréciation à intervalles planifiés et après tout changement majeur ?',
    help: 'La preuve attendue est un registre des risques avec des appréciations datées des menaces pesant sur la confidentialité, l’intégrité et la disponibilité de l’information, des propriétaires nommés et des cotations selon vos critères, ainsi que la trace de ses mises à jour. Un exercice ponctuel datant de plusieurs années vaut « En partie ». Une appréciation des risques à jour est l’un des jalons qui montrent qu’un système de management est réellement vivant.',
  },
  soa: {
    text: 'Disposez-vous d’une déclaration d’applicabilité couvrant les 93 mesures de l’annexe A de l’ISO 27001 (applicable ou non, pourquoi, mise en œuvre ou non), adossée à un plan de traitement des risques avec responsables et échéances ?',
    help: 'La déclaration d’applicabilité relie les mesures retenues à vos risques et justifie chaque exclusion ; les auditeurs la lisent tôt et s’en servent pour leur échantillonnage. Le plan de traitement montre qui fait quoi et pour quand, et que les propriétaires des risques ont accepté le risque résiduel.',
  },
  competence_awareness: {
    text: 'Savez-vous quelles compétences chaque rôle de votre système de management requiert, conservez-vous la preuve que les personnes les possèdent, et menez-vous une sensibilisation que tout le monde suit et dont vous suivez la réalisation ?',
    help: 'Les preuves : exigences par rôle, enregistrements de formation, certificats ou CV pour les rôles clés, et taux de réalisation de la sensibilisation, généralement à l’arrivée puis chaque année (hameçonnage, manipulation des données, signalement des incidents). Un même processus de formation et d’enregistrement peut couvrir la sécurité comme l’IA.',
  },
  document_control: {
    text: 'Vos politiques, procédures et enregistrements sont-ils maîtrisés : versionnés, approuvés, revus selon un calendrier, accessibles à ceux qui en ont besoin et protégés contre toute modification non autorisée ?',
    help: 'N’importe quel outil convient, wiki, gestion documentaire ou dépôt, pourvu que vous puissiez montrer les propriétaires, l’historique des versions, les approbations, les dates de revue et les durées de conservation. Répondez « En partie » si les documents existent mais que personne ne sait quelle version est en vigueur.',
  },
  monitoring_measurement: {
    text: 'Avez-vous défini les indicateurs suivis pour vos mesures de sécurité et votre système de management (délais d’application des correctifs, revues d’accès réalisées, incidents…), qui les relève et à quelle fréquence, et agissez-vous en fonction des résultats ?',
    help: 'Les auditeurs attendent un petit nombre d’indicateurs définis, avec des responsables, relevés selon le calendrier prévu et discutés là où se prennent les décisions. Des tableaux de bord que personne ne regarde valent « En partie ».',
  },
  internal_audit: {
    text: 'Menez-vous un programme d’audit interne de votre système de management, avec des audits planifiés, réalisés par des personnes indépendantes des activités auditées, et des constats enregistrés et suivis ?',
    help: 'Il vous faut un programme d’audit couvrant chaque article de la norme et vos mesures applicables sur un cycle (généralement un an), des auditeurs qui ne contrôlent pas leur propre travail (un consultant externe convient), des rapports d’audit et un suivi des constats. Si votre système de management intègre déjà la gouvernance de l’IA mais que les audits l’ignorent, répondez « En partie ». Un audit interne mené à terme est un préalable à la certification, et à toute déclaration honnête d’alignement.',
  },
  management_review: {
    text: 'La direction revoit-elle le système de management à intervalles planifiés, en examinant les résultats d’audit, les incidents, les risques, les objectifs, les indicateurs et les retours, et consigne-t-elle ses décisions ?',
    help: 'La preuve attendue est un compte rendu de chaque revue de direction montrant que les éléments d’entrée prévus ont été examinés et les décisions prises sur les améliorations, les ressources et les changements. Beaucoup d’organisations tiennent une revue unique, trimestrielle ou semestrielle, pour la sécurité et l’IA. Une revue de direction menée à terme est un préalable à la certification.',
  },
  corrective_action: {
    text: 'Quand quelque chose tourne mal ou qu’un audit relève un écart, l’enregistrez-vous, en recherchez-vous la cause profonde, le corrigez-vous, puis vérifiez-vous que la correction a été efficace ?',
    help: 'Les auditeurs cherchent un registre des non-conformités ou des tickets indiquant la cause, les actions, les responsables, les échéances et une vérification de l’efficacité, ainsi que des signes que le système s’améliore avec le temps. Corriger les symptômes sans les consigner vaut « En partie ».',
  },

  asset_inventory: {
    text: 'Tenez-vous à jour un inventaire de vos actifs informationnels (systèmes, bases de données, outils SaaS, équipements), chacun avec un propriétaire, et un schéma de classification qui fixe le traitement de chaque type d’information ?',
    help: 'Les preuves : un inventaire des actifs (un export de l’outil de gestion des terminaux ou un tableur suffit) avec leurs propriétaires, un schéma de classification simple, par exemple public, interne et confidentiel, et des règles d’usage acceptable acceptées par le personnel. Répondez « En partie » si la liste omet vos outils SaaS ou n’indique pas de propriétaire.',
  },
  access_control: {
    text: 'L’accès aux systèmes et aux données est-il accordé selon le besoin d’en connaître, approuvé, retiré rapidement en cas de départ ou de changement de poste et revu régulièrement, avec des droits d’administration limités à quelques personnes nommément désignées ?',
    help: 'Les preuves : une politique de contrôle d’accès, des enregistrements des arrivées, mobilités et départs, des revues d’accès périodiques validées, et une liste des comptes à privilèges. Des comptes d’administration partagés, ou des revues qui n’ont jamais lieu, ramènent la réponse à « En partie » ou « Non ».',
  },
  authentication: {
    text: 'L’authentification multifacteur est-elle imposée à tous pour la messagerie, les consoles cloud, les dépôts de code et les autres systèmes métier, avec un gestionnaire de mots de passe ou une authentification unique (SSO) ?',
    help: '« Oui » signifie imposée par la configuration et non simplement recommandée, toute exception étant documentée et approuvée. Un auditeur peut demander à voir les paramètres de votre fournisseur d’identité.',
  },
  cryptography: {
    text: 'Chiffrez-vous les données sensibles en transit et au repos, selon une règle écrite précisant les algorithmes à utiliser et la gestion des clés ?',
    help: 'Les réglages par défaut du cloud chiffrent souvent déjà le stockage ; l’écart porte généralement sur la règle écrite et la gestion des clés (qui y a accès, rotation, sauvegarde). Les preuves : une norme interne de cryptographie et une configuration qui la respecte.',
  },
  endpoints: {
    text: 'Les ordinateurs portables et téléphones qui accèdent aux données de l’entreprise sont-ils gérés de façon centralisée (chiffrés, à jour, protégés contre les logiciels malveillants, verrouillables et effaçables à distance) et effacés de manière sûre avant réutilisation ou mise au rebut ?',
    help: 'Les preuves : des rapports de l’outil de gestion des terminaux sur le chiffrement et les mises à jour, des règles pour le travail à distance, et des procès-verbaux ou certificats de destruction. Des appareils personnels utilisés sans aucun contrôle ramènent la réponse à « En partie » ou « Non ».',
  },
  physical_security: {
    text: 'Vos bureaux, et toute pièce abritant des équipements ou des archives papier, sont-ils protégés par un contrôle des entrées, une gestion des visiteurs et, si nécessaire, une surveillance ?',
    help: 'Ne choisissez « Ne s’applique pas à nous » que si vous n’avez aucun local, par exemple une équipe entièrement à distance travaillant sur des services cloud ; les centres de données relèvent alors de l’évaluation de vos fournisseurs. Les bureaux partagés et espaces de coworking comptent aussi : pensez aux rangements fermant à clé et aux écrans à l’abri des regards.',
  },
  people_security: {
    text: 'Vérifiez-vous les antécédents des nouvelles recrues de façon proportionnée à leur poste, inscrivez-vous les obligations de sécurité et de confidentialité dans les contrats ou des accords de confidentialité, et retirez-vous les accès et récupérez-vous le matériel lors des départs ?',
    help: 'Les preuves : des vérifications d’antécédents lorsque la loi le permet et de manière proportionnée, des contrats de travail ou accords de confidentialité mentionnant les obligations de sécurité, et des listes de contrôle de départ remplies dans les délais.',
  },
  supplier_security: {
    text: 'Avant de vous appuyer sur un fournisseur (cloud, SaaS, prestataires, fournisseurs de modèles ou d’API), évaluez-vous sa sécurité, fixez-vous les responsabilités dans le contrat et le réévaluez-vous périodiquement ?',
    help: 'Les preuves : un registre des fournisseurs classés par niveau de risque, des éléments de diligence raisonnable comme des questionnaires ou les certificats et rapports du fournisseur, des clauses contractuelles sur la sécurité et le partage des responsabilités, et des revues périodiques. Un même processus de référencement peut servir pour les fournisseurs liés à la sécurité comme à l’IA ; les contrôles propres à l’IA font l’objet d’une question distincte.',
  },
  legal_privacy: {
    text: 'Avez-vous recensé les lois, réglementations et contrats qui vous imposent des exigences de sécurité et de protection des données (droit de la protection des données, règles sectorielles, contrats clients), et pouvez-vous montrer comment vous y répondez ?',
    help: 'Les preuves : un registre des exigences légales et contractuelles avec leurs responsables, un registre des activités de traitement et des mentions d’information lorsque des données personnelles sont en jeu, et une procédure pour traiter les demandes des personnes concernées et notifier les violations de données.',
  },
  vulnerability_management: {
    text: 'Détectez-vous et corrigez-vous les vulnérabilités techniques selon un calendrier, avec un suivi des correctifs, des analyses de vulnérabilités et des configurations de référence sécurisées, dans des délais que vous avez fixés ?',
    help: 'Les preuves : rapports de scanner ou alertes sur les dépendances, délais de correction selon la gravité, configurations de référence (par exemple CIS Benchmarks ou infrastructure as code) et exceptions avec leurs responsables.',
  },
  secure_development: {
    text: 'Développez-vous vos logiciels de façon sécurisée, avec des exigences de sécurité, des revues de code, des tests de sécurité automatisés et des environnements de développement, de test et de production séparés ?',
    help: 'Les preuves : une politique de développement sécurisé, des pull requests relues, des tests de sécurité dans la chaîne d’intégration (analyse statique, contrôle des dépendances), des environnements séparés et un accès restreint à la production. Ne choisissez « Ne s’applique pas à nous » que si vous ne développez aucun logiciel, ni en interne ni en sous-traitance.',
  },
  change_management: {
    text: 'Les changements apportés à vos systèmes et processus sont-ils planifiés, testés, approuvés et enregistrés, avec une possibilité de retour arrière, et analysez-vous les effets des changements non planifiés ?',
    help: 'Les preuves : tickets de changement ou pull requests avec approbations, historique des mises en production, et analyses des changements qui ont mal tourné. Le même processus peut intégrer les mises à jour de modèles d’IA ; les contrôles propres aux mises en production d’IA font l’objet d’une question distincte.',
  },
  logging_monitoring: {
    text: 'Vos systèmes enregistrent-ils les événements pertinents pour la sécurité (connexions, actions d’administration, erreurs et, pour les systèmes d’IA, leur utilisation et leurs résultats le cas échéant) dans des journaux protégés et horodatés sur des horloges synchronisées, que quelqu’un examine ?',
    help: 'Les preuves : une journalisation centralisée avec des règles de conservation, des alertes sur les activités suspectes, des horloges synchronisées, et la preuve que les alertes sont traitées. Des journaux qui existent mais ne sont jamais examinés valent « En partie ».',
  },
  incident_management: {
    text: 'Disposez-vous d’un processus de réponse aux incidents éprouvé, dans lequel le personnel sait signaler incidents et préoccupations, et où les incidents sont évalués, traités, communiqués aux personnes concernées et analysés pour en tirer les enseignements ?',
    help: 'Les preuves : un plan de réponse avec rôles et contacts, un canal de signalement connu de tous, un registre des incidents, vos obligations de notification envers les clients et les autorités, et un exercice ou un retour d’expérience sur un incident réel au cours de l’année écoulée. Un même processus peut traiter les incidents de sécurité et d’IA si ses procédures couvrent les deux.',
  },
  backup_continuity: {
    text: 'Les données critiques sont-elles sauvegardées, protégées et restaurées lors de tests, et disposez-vous d’un plan de continuité pour maintenir ou rétablir les services essentiels après une perturbation majeure ?',
    help: 'Les preuves : paramètres de sauvegarde et comptes rendus de tests de restauration, objectifs de durée de reprise et de perte de données maximale admissible pour les services clés, et un plan de continuité ou de reprise d’activité testé au moins une fois par an.',
  },

  ai_scope: {
    text: 'Avez-vous recensé les systèmes d’IA que vous développez, utilisez ou achetez, indiqué votre rôle pour chacun (développeur, fournisseur ou utilisateur du système d’un tiers) et défini ceux que couvre votre système de management de l’IA ?',
    help: 'Un inventaire des systèmes d’IA et un domaine d’application sont le point de départ de l’ISO 42001. Votre rôle compte, car les obligations diffèrent entre ceux qui conçoivent l’IA et ceux qui l’utilisent. Répondez « En partie » si la liste omet des outils adoptés par le personnel de sa propre initiative.',
  },
  ai_policy: {
    text: 'Disposez-vous d’une politique IA approuvée par la direction, avec des objectifs mesurables sur le comportement attendu de votre IA (équité, exactitude, transparence…), cohérente avec vos autres politiques et revue selon un calendrier ?',
    help: 'Les preuves : une politique IA approuvée énonçant principes et engagements, des objectifs IA avec indicateurs et responsables, une note sur son articulation avec vos politiques de sécurité, de protection des données et de qualité, et une date de revue. Une déclaration de valeurs sur un site web vaut « En partie ».',
  },
  ai_accountability: {
    text: 'Chaque système d’IA a-t-il un responsable, et avez-vous documenté les ressources dont il dépend : données, outils, capacités de calcul, et personnes dotées des compétences requises ?',
    help: 'Les preuves : des responsables nommés pour les systèmes d’IA, des fiches de rôle pour ceux qui conçoivent, exploitent ou supervisent l’IA, et pour chaque système un relevé de ses sources de données, de ses outils, de son infrastructure et de l’expertise nécessaire, avec des formations là où des compétences manquent.',
  },
  ai_risk_assessment: {
    text: 'Avez-vous apprécié les risques que portent vos systèmes d’IA (biais, erreurs, dérive, détournement, décisions inexplicables) selon des critères définis, avec des responsables, et renouvelez-vous cette appréciation lorsque les systèmes évoluent ?',
    help: 'La preuve attendue est un registre des risques IA, ou des risques IA ajoutés à votre registre existant, avec des appréciations datées, des responsables et des décisions de traitement, revu à intervalles planifiés et après toute évolution significative des modèles ou des données. Une appréciation des risques IA à jour est l’un des jalons de l’ISO 42001.',
  },
  ai_impact_assessment: {
    text: 'Avez-vous évalué comment chaque système d’IA peut affecter des individus, des groupes et la société (résultats inéquitables, atteinte à la vie privée, préjudices dus à des erreurs), et documenté les résultats ?',
    help: 'L’évaluation de l’impact d’un système d’IA regarde vers l’extérieur, vers les personnes concernées, plutôt que vers les risques pour votre entreprise ; l’ISO 27001 n’a rien d’équivalent. Les preuves : un processus défini et, pour chaque système, une évaluation menée à terme couvrant l’usage prévu, les personnes affectées, les mauvais usages prévisibles et la gravité, tenue à jour et alimentant votre traitement des risques.',
  },
  ai_soa: {
    text: 'Disposez-vous d’une déclaration d’applicabilité pour les mesures de l’annexe A de l’ISO 42001 (lesquelles s’appliquent, pourquoi, et si elles sont mises en œuvre) et d’un plan de traitement de vos risques liés à l’IA ?',
    help: 'Elle est le pendant de la déclaration d’applicabilité de l’ISO 27001, mais porte sur les 38 mesures propres à l’IA. Les preuves : le document, avec une justification pour chaque inclusion et chaque exclusion, et un plan de traitement avec responsables et échéances.',
  },
  ai_lifecycle: {
    text: 'Lorsque vous concevez ou modifiez un système d’IA, fixez-vous en amont les exigences et les objectifs de développement responsable, et tenez-vous à jour sa documentation de conception et sa documentation technique ?',
    help: 'Les preuves : un processus de développement IA défini, avec étapes et validations, des exigences écrites incluant des objectifs de performance et d’équité, des choix de conception consignés, et une documentation technique, par exemple des model cards, qui permettrait à un tiers de comprendre le système.',
  },
  ai_data: {
    text: 'Savez-vous d’où proviennent les données qui servent à entraîner, affiner ou alimenter votre IA, et en vérifiez-vous la qualité, la représentativité et votre droit de les utiliser, avec des étapes de préparation consignées ?',
    help: 'Les preuves : les sources de données avec leur licence ou leur base légale, la traçabilité de leur provenance, des contrôles de qualité et de biais, et une préparation documentée (nettoyage, annotation). Ne choisissez « Ne s’applique pas à nous » que si vous ne fournissez aucune donnée propre pour l’entraînement, l’affinage ou la génération augmentée par recherche (RAG), par exemple lorsque vous utilisez un outil d’IA tel qu’il est livré.',
  },
  ai_verification: {
    text: 'Avant la mise en service d’un système d’IA ou la sortie d’une nouvelle version, le testez-vous au regard de critères d’acceptation (exactitude, robustesse, équité), et son déploiement est-il approuvé ?',
    help: 'Les preuves : plans et résultats de tests au regard de seuils définis, jeux de données d’évaluation, validation avant la mise en production et plan de déploiement. Pour les outils d’IA achetés, une évaluation documentée avant leur déploiement compte.',
  },
  ai_monitoring: {
    text: 'Une fois vos systèmes d’IA en service, surveillez-vous leur comportement (erreurs, dérive, réclamations, détournements), et agissez-vous lorsqu’ils ne sont pas à la hauteur ?',
    help: 'Les preuves : des indicateurs et seuils définis, des rapports ou tableaux de bord examinés par quelqu’un, des alertes en cas de dégradation des performances, et la trace des mesures prises (réentraînement, retour à une version antérieure, usage restreint).',
  },
  ai_responsible_use: {
    text: 'Pour chaque système d’IA, avez-vous défini son usage prévu, ses limites et les points où une personne doit examiner ses résultats ou peut passer outre, et vérifiez-vous qu’il est utilisé ainsi ?',
    help: 'Les preuves : usages prévus et interdits documentés, points de contrôle humain (qui examine quoi, avec le pouvoir de passer outre), consignes pour le personnel qui utilise des outils d’IA, et contrôles ou journaux montrant que la pratique suit les règles.',
  },
  ai_transparency: {
    text: 'Les utilisateurs et les personnes concernées par votre IA reçoivent-ils une information claire (qu’une IA intervient, à quoi elle sert, quelles sont ses limites) et un moyen de signaler un problème ou un préjudice ?',
    help: 'Les preuves : documentation ou mentions destinées aux utilisateurs, explications adaptées à leur public, canal de signalement pour les utilisateurs et les personnes concernées, et procédure pour traiter ce qui arrive, y compris les signalements aux autorités lorsque la loi l’exige.',
  },
  ai_suppliers: {
    text: 'Pour les modèles, API et jeux de données d’IA que vous obtenez de tiers, vérifiez-vous avant et pendant leur utilisation qu’ils répondent à vos exigences d’IA responsable (documentation, pratiques en matière de données, usage de vos données) ?',
    help: 'Cela va au-delà de la diligence raisonnable en matière de sécurité : les preuves comprennent la documentation du système ou les model cards obtenues du fournisseur, les conditions précisant si vos données entraînent ses modèles, des résultats d’évaluation et des revues périodiques. Ne choisissez « Ne s’applique pas à nous » que si vous n’utilisez aucun modèle, API ou jeu de données de tiers.',
  },
  ai_customers: {
    text: 'Indiquez-vous aux clients qui utilisent votre IA à quoi elle est destinée et quelles sont leurs responsabilités, et tenez-vous compte de leurs besoins et de leurs retours ?',
    help: 'Les preuves : une documentation et des conditions destinées aux clients précisant l’usage prévu et le partage des responsabilités, et un circuit de retours clients qui remonte jusqu’aux décisions produit.',
  },
};
