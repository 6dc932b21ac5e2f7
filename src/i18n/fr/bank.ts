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
    options: {
      smb: 'Des clients TPE et PME',
      enterprise: 'Des grandes entreprises, avec service achats et revues de sécurité',
      government: 'Des administrations ou d’autres acheteurs publics',
      'investor-early': 'Des investisseurs en phase d’amorçage (seed à série A)',
      'investor-growth': 'Des investisseurs en phase de croissance (séries B et C)',
      'investor-late':
        'Des investisseurs préparant une introduction en bourse, ou des acquéreurs en phase de due diligence',
      none: 'Aucun de ceux-ci, ou surtout des particuliers',
    },
  },
  regulated_sector: {
    text: 'Travaillez-vous dans l’un de ces secteurs réglementés, ou vendez-vous à des acteurs de ces secteurs ?',
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
    options: {
      low: 'Élémentaire : nous comptons sur de bonnes habitudes et sur nos fournisseurs cloud, avons peu de politiques écrites et ne revoyons pas régulièrement les droits d’accès',
      medium:
        'Établie : authentification multifacteur partout, politiques essentielles rédigées, restaurations de sauvegardes testées, une personne chargée de la sécurité à temps partiel',
      high: 'Mature : un responsable de la sécurité dédié, des revues de risques et des tests d’intrusion réguliers, des questionnaires de sécurité remplis à partir de preuves existantes',
    },
  },
  ai_role: {
    text: 'Laquelle de ces descriptions correspond le mieux à l’usage que votre organisation fait de l’IA ?',
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
    options: YES_NO_UNSURE,
  },
  ai_use: {
    text: 'Qui utilise l’IA que vous développez ?',
    options: {
      customers: 'Nos clients, dans le produit que nous vendons',
      'in-house':
        'Nous-mêmes, dans nos propres activités (par exemple pour nos propres décisions de crédit ou de recrutement)',
      both: 'À la fois nos clients et nous-mêmes',
      research: 'Uniquement pour la recherche scientifique : rien n’est vendu ni mis en service',
    },
  },
  ai_gpai: {
    text: 'Développez-vous ou affinez-vous un modèle d’IA à usage général sur lequel d’autres construisent leurs propres systèmes ?',
    options: {
      no: 'Non',
      yes: 'Oui',
      systemic: 'Oui, un modèle présentant un risque systémique',
      unsure: 'Je ne sais pas',
    },
  },
  ai_generates: {
    text: 'L’une de vos IA dialogue-t-elle directement avec des personnes, ou produit-elle des textes, des images, des contenus audio ou vidéo que des personnes voient ou entendent ?',
    options: YES_NO_UNSURE,
  },
  ai_function: {
    text: 'Comment votre activité d’IA est-elle organisée ?',
    options: {
      integrated: 'Au sein de nos équipes produit et ingénierie',
      separate: 'Dans une équipe ou une entité distincte, gérée à part du produit principal',
    },
  },
  ai_certificate_asked: {
    text: 'Un client ou un appel d’offres vous a-t-il déjà demandé un certificat ISO/IEC 42001 ?',
    options: { yes: 'Oui', no: 'Non, ou pas encore' },
  },
  status_27001: {
    text: 'Où en êtes-vous aujourd’hui pour l’ISO/IEC 27001 ?',
    options: STATUS_OPTIONS,
  },
  accreditation_27001: {
    text: 'L’organisme qui vous a certifié est-il accrédité pour l’ISO/IEC 27001 par un organisme national d’accréditation ?',
    options: YES_NO_UNSURE,
  },
  scope_27001: {
    text: 'Le périmètre inscrit sur votre certificat ISO/IEC 27001 couvre-t-il les produits et services que vos clients vous achètent ?',
    options: {
      yes: 'Oui, il couvre ce qu’ils achètent',
      partly: 'Seulement en partie',
      unsure: 'Je ne sais pas',
    },
  },
  edition_27001: {
    text: 'À quelle édition de l’ISO/IEC 27001 votre certificat se rapporte-t-il, et est-il en vigueur ?',
    options: {
      current: 'L’édition 2022, et il est valide',
      '2013': 'L’édition 2013',
      suspended: 'Il est suspendu',
      expired: 'Il a expiré ou a été retiré',
      unsure: 'Je ne sais pas',
    },
  },
  status_42001: {
    text: 'Où en êtes-vous aujourd’hui pour l’ISO/IEC 42001 ?',
    options: STATUS_OPTIONS,
  },
  accreditation_42001: {
    text: 'L’organisme qui vous a certifié est-il accrédité pour l’ISO/IEC 42001 par un organisme national d’accréditation ?',
    options: YES_NO_UNSURE,
  },
  scope_42001: {
    text: 'Le périmètre inscrit sur votre certificat ISO/IEC 42001 couvre-t-il les systèmes d’IA que vos clients utilisent ou achètent ?',
    options: {
      yes: 'Oui, il couvre ce qu’ils achètent',
      partly: 'Seulement en partie',
      unsure: 'Je ne sais pas',
    },
  },

  context_parties: {
    practice: 'Votre contexte et vos parties intéressées sont consignés et tenus à jour',
    text: 'Avez-vous consigné les enjeux externes et internes qui façonnent votre système de management, ainsi que les exigences de vos clients, des autorités et des autres parties intéressées ?',
  },
  isms_scope: {
    practice: 'Un périmètre documenté pour votre système de management de la sécurité',
    text: 'Avez-vous documenté le domaine d’application de votre système de management de la sécurité de l’information : produits, services, sites, équipes et systèmes couverts, et ce qui en est exclu, avec la justification ?',
  },
  leadership: {
    practice: 'La direction le porte, avec des rôles nommés, un budget et du temps',
    text: 'La direction s’est-elle visiblement approprié votre système de management, avec un dirigeant responsable, des rôles et responsabilités attribués, et le budget et le temps nécessaires ?',
  },
  security_policy: {
    practice: "Une politique de sécurité de l'information approuvée, avec des objectifs mesurables",
    text: 'Disposez-vous d’une politique de sécurité de l’information approuvée par la direction, d’objectifs de sécurité mesurables et de politiques thématiques (accès, usage acceptable, etc.) que le personnel a lues ?',
  },
  risk_method: {
    practice: 'Une méthode définie pour apprécier et traiter les risques',
    text: 'Disposez-vous d’une méthode écrite unique pour identifier, analyser et évaluer les risques, avec des critères d’acceptation du risque, qui produit des résultats cohérents à chaque utilisation ?',
  },
  risk_assessment: {
    practice: 'Une appréciation des risques de sécurité réalisée et tenue à jour',
    text: 'Avez-vous apprécié vos risques de sécurité de l’information avec cette méthode, chacun avec un propriétaire, et renouvelez-vous l’appréciation à intervalles planifiés et après tout changement majeur ?',
  },
  soa: {
    practice: "Une déclaration d'applicabilité appuyée sur un plan de traitement des risques",
    text: 'Disposez-vous d’une déclaration d’applicabilité couvrant les 93 mesures de l’annexe A de l’ISO 27001 (applicable ou non, pourquoi, mise en œuvre ou non), adossée à un plan de traitement des risques avec responsables et échéances ?',
  },
  risk_acceptance: {
    practice:
      'Les propriétaires des risques ont approuvé le plan de traitement et accepté le risque résiduel',
    text: 'Les propriétaires de vos risques ont-ils approuvé le plan de traitement des risques et formellement accepté les risques résiduels ?',
  },
  changes_communication: {
    practice: 'Les changements du système sont planifiés et la communication est organisée',
    text: 'Planifiez-vous les changements apportés au système de management lui-même, et avez-vous décidé ce que vous communiquez à son sujet, à qui, quand et par qui ?',
  },
  competence_awareness: {
    practice: 'Les compétences sont définies et le personnel est sensibilisé régulièrement',
    text: 'Savez-vous quelles compétences chaque rôle de votre système de management requiert, conservez-vous la preuve que les personnes les possèdent, et menez-vous une sensibilisation que tout le monde suit et dont vous suivez la réalisation ?',
  },
  document_control: {
    practice: 'Politiques et enregistrements versionnés, approuvés et maîtrisés',
    text: 'Vos politiques, procédures et enregistrements sont-ils maîtrisés : versionnés, approuvés, revus selon un calendrier, accessibles à ceux qui en ont besoin et protégés contre toute modification non autorisée ?',
  },
  monitoring_measurement: {
    practice: "Vous mesurez l'efficacité de votre sécurité et en rendez compte",
    text: 'Avez-vous défini les indicateurs suivis pour vos mesures de sécurité et votre système de management (délais d’application des correctifs, revues d’accès réalisées, incidents…), qui les relève et à quelle fréquence, et agissez-vous en fonction des résultats ?',
  },
  internal_audit: {
    practice: 'Un audit interne du système de management de la sécurité a été mené',
    text: 'Menez-vous un programme d’audit interne de votre système de management de la sécurité de l’information, avec des audits planifiés, réalisés par des personnes indépendantes des activités auditées, et des constats enregistrés et suivis ?',
  },
  management_review: {
    practice: 'La direction a formellement revu le système',
    text: 'La direction revoit-elle le système de management de la sécurité de l’information à intervalles planifiés, en examinant les résultats d’audit, les incidents, les risques, les objectifs, les indicateurs et les retours, et consigne-t-elle ses décisions ?',
  },
  corrective_action: {
    practice: 'Les problèmes relevés donnent lieu à des actions correctives suivies',
    text: 'Quand quelque chose tourne mal ou qu’un audit relève un écart, l’enregistrez-vous, en recherchez-vous la cause profonde, le corrigez-vous, puis vérifiez-vous que la correction a été efficace ?',
  },

  asset_inventory: {
    practice: 'Un inventaire des actifs informationnels avec propriétaires et classification',
    text: 'Tenez-vous à jour un inventaire de vos actifs informationnels (systèmes, bases de données, outils SaaS, équipements), chacun avec un propriétaire, et un schéma de classification qui fixe le traitement de chaque type d’information ?',
  },
  access_control: {
    practice: "Des accès selon le besoin d'en connaître, retirés sans délai et revus régulièrement",
    text: 'L’accès aux systèmes et aux données est-il accordé selon le besoin d’en connaître, approuvé, retiré rapidement en cas de départ ou de changement de poste et revu régulièrement, avec des droits d’administration limités à quelques personnes nommément désignées ?',
  },
  authentication: {
    practice: "Authentification multifacteur imposée sur tous les systèmes de l'entreprise",
    text: 'L’authentification multifacteur est-elle imposée à tous pour la messagerie, les consoles cloud, les dépôts de code et les autres systèmes métier, avec un gestionnaire de mots de passe ou une authentification unique (SSO) ?',
  },
  cryptography: {
    practice: 'Des règles de chiffrement des données stockées et transmises, avec gestion des clés',
    text: 'Chiffrez-vous les données sensibles en transit et au repos, selon une règle écrite précisant les algorithmes à utiliser et la gestion des clés ?',
  },
  endpoints: {
    practice: 'Ordinateurs et téléphones gérés, chiffrés et protégés contre les logiciels malveillants',
    text: 'Les ordinateurs portables et téléphones qui accèdent aux données de l’entreprise, au bureau comme en télétravail, sont-ils gérés de façon centralisée (chiffrés, à jour, protégés contre les logiciels malveillants, verrouillables et effaçables à distance) et effacés de manière sûre avant réutilisation ou mise au rebut ?',
  },
  network_security: {
    practice: 'Réseaux segmentés et protégés, avec un accès filtré',
    text: 'Vos réseaux et environnements cloud sont-ils sécurisés et cloisonnés : trafic filtré, production séparée des environnements bureautiques et de test, et services réseau dont vous dépendez maîtrisés ?',
  },
  physical_security: {
    practice: 'Locaux et équipements protégés physiquement',
    text: 'Vos bureaux, et toute pièce abritant des équipements ou des archives papier, sont-ils protégés par un contrôle des entrées, une gestion des visiteurs et, si nécessaire, une surveillance ?',
  },
  people_security: {
    practice: 'Vérifications, engagements de confidentialité et un départ du personnel encadré',
    text: 'Vérifiez-vous les antécédents des nouvelles recrues de façon proportionnée à leur poste, inscrivez-vous les obligations de sécurité et de confidentialité dans les contrats ou des accords de confidentialité, et retirez-vous les accès et récupérez-vous le matériel lors des départs ?',
  },
  supplier_security: {
    practice: 'Fournisseurs et services cloud évalués et liés par des clauses de sécurité',
    text: 'Avant de vous appuyer sur un fournisseur (cloud, SaaS, prestataires, fournisseurs de modèles ou d’API), évaluez-vous sa sécurité, fixez-vous les responsabilités dans le contrat et le réévaluez-vous périodiquement ?',
  },
  legal_privacy: {
    practice: 'Obligations légales, contractuelles et de protection des données recensées et respectées',
    text: 'Avez-vous recensé les lois, réglementations et contrats qui vous imposent des exigences de sécurité et de protection des données (droit de la protection des données, règles sectorielles, contrats clients), et pouvez-vous montrer comment vous y répondez ?',
  },
  data_protection: {
    practice: "Des règles d'usage acceptable, d'effacement, de masquage et contre les fuites de données",
    text: 'Maîtrisez-vous où les données sensibles peuvent aller : règles d’usage acceptable (y compris ce qui peut être collé dans des outils d’IA), suppression lorsqu’elles ne sont plus nécessaires, masquage dans les environnements de test et d’analyse, et mesures contre les fuites ?',
  },
  threat_intelligence: {
    practice: "Vous suivez les menaces et l'actualité de sécurité qui vous concernent",
    text: 'Recueillez-vous les informations sur les menaces qui vous concernent (avis de sécurité, alertes des éditeurs, groupes sectoriels) et agissez-vous en conséquence, et savez-vous quelles autorités contacter en cas d’incident ?',
  },
  vulnerability_management: {
    practice: 'Vulnérabilités détectées et corrigées selon un calendrier défini',
    text: 'Détectez-vous et corrigez-vous les vulnérabilités techniques selon un calendrier, avec un suivi des correctifs, des analyses de vulnérabilités et des configurations de référence sécurisées, dans des délais que vous avez fixés, et les faites-vous tester de manière indépendante de temps en temps ?',
  },
  secure_development: {
    practice: 'Développement sécurisé : revues, tests et environnements séparés',
    text: 'Développez-vous vos logiciels de façon sécurisée, avec des exigences de sécurité, des revues de code, des tests de sécurité automatisés et des environnements de développement, de test et de production séparés ?',
  },
  change_management: {
    practice: 'Les changements des systèmes sont planifiés, approuvés et testés',
    text: 'Les changements apportés à vos systèmes et processus sont-ils planifiés, testés, approuvés et enregistrés, avec une possibilité de retour arrière, et analysez-vous les effets des changements non planifiés ?',
  },
  logging_monitoring: {
    practice: 'Journaux collectés, protégés et surveillés pour détecter les anomalies',
    text: 'Vos systèmes enregistrent-ils les événements pertinents pour la sécurité (connexions, actions d’administration, erreurs et, pour les systèmes d’IA, leur utilisation et leurs résultats le cas échéant) dans des journaux protégés et horodatés sur des horloges synchronisées, que quelqu’un examine ?',
  },
  incident_management: {
    practice: 'Un processus éprouvé de réponse aux incidents, avec des rôles clairs',
    text: 'Disposez-vous d’un processus de réponse aux incidents éprouvé, dans lequel le personnel sait signaler incidents et préoccupations, et où les incidents sont évalués, traités, communiqués aux personnes concernées et analysés pour en tirer les enseignements ?',
  },
  backup_continuity: {
    practice: 'Des sauvegardes testées et un plan de continuité',
    text: 'Les données critiques sont-elles sauvegardées, protégées et restaurées lors de tests, et disposez-vous d’un plan de continuité pour maintenir ou rétablir les services essentiels après une perturbation majeure ?',
  },

  ai_scope: {
    practice: "Un périmètre documenté pour votre système de management de l'IA",
    text: 'Avez-vous recensé les systèmes d’IA que vous développez, utilisez ou achetez, indiqué votre rôle pour chacun (développeur, fournisseur ou utilisateur du système d’un tiers) et défini ceux que couvre votre système de management de l’IA ?',
  },
  ai_policy: {
    practice: "Une politique d'IA approuvée, avec des objectifs",
    text: 'Disposez-vous d’une politique IA approuvée par la direction, avec des objectifs mesurables sur le comportement attendu de votre IA (équité, exactitude, transparence…), cohérente avec vos autres politiques et revue selon un calendrier ?',
  },
  ai_accountability: {
    practice: "Des rôles et des ressources pour l'IA, et un inventaire des systèmes d'IA",
    text: 'Chaque système d’IA a-t-il un responsable, et avez-vous documenté les ressources dont il dépend : données, outils, capacités de calcul, et personnes dotées des compétences requises ?',
  },
  ai_concerns: {
    practice: "Un moyen pour le personnel de signaler ses inquiétudes sur l'IA",
    text: 'Le personnel et d’autres personnes peuvent-ils faire part de préoccupations concernant votre IA, de façon confidentielle et sans crainte de représailles, et ces préoccupations sont-elles examinées ?',
  },
  ai_risk_assessment: {
    practice: "Une appréciation des risques liés à l'IA réalisée et tenue à jour",
    text: 'Avez-vous apprécié les risques que portent vos systèmes d’IA (biais, erreurs, dérive, détournement, décisions inexplicables) selon des critères définis, avec des responsables, et renouvelez-vous cette appréciation lorsque les systèmes évoluent ?',
  },
  ai_impact_assessment: {
    practice: "Des études d'impact de vos systèmes d'IA sur les personnes et la société",
    text: 'Avez-vous évalué comment chaque système d’IA peut affecter des individus, des groupes et la société (résultats inéquitables, atteinte à la vie privée, préjudices dus à des erreurs), et documenté les résultats ?',
  },
  ai_soa: {
    practice: "Une déclaration d'applicabilité pour l'IA avec un plan de traitement",
    text: 'Disposez-vous d’une déclaration d’applicabilité pour les mesures de l’annexe A de l’ISO 42001 (lesquelles s’appliquent, pourquoi, et si elles sont mises en œuvre) et d’un plan de traitement de vos risques liés à l’IA ?',
  },
  ai_lifecycle: {
    practice: "Un cycle de vie défini pour l'IA que vous construisez, de la conception au retrait",
    text: 'Lorsque vous concevez ou modifiez un système d’IA, fixez-vous en amont les exigences et les objectifs de développement responsable, et tenez-vous à jour sa documentation de conception et sa documentation technique ?',
  },
  ai_data: {
    practice: "Données d'IA documentées : sources, qualité, provenance et préparation",
    text: 'Savez-vous d’où proviennent les données qui servent à entraîner, affiner ou alimenter votre IA, et en vérifiez-vous la qualité, la représentativité et votre droit de les utiliser, avec des étapes de préparation consignées ?',
  },
  ai_verification: {
    practice: "Systèmes d'IA vérifiés et validés avant leur mise en service",
    text: 'Avant la mise en service d’un système d’IA ou la sortie d’une nouvelle version, le testez-vous au regard de critères d’acceptation (exactitude, robustesse, équité), et son déploiement est-il approuvé ?',
  },
  ai_change: {
    practice:
      'Mises à jour, réentraînements et changements de modèles des fournisseurs passent par la gestion des changements',
    text: 'Les réentraînements, affinages et mises à jour de modèles (les vôtres ou ceux d’un fournisseur) suivent-ils leur propre processus de gestion des changements, avec analyse d’impact et approbation avant utilisation ?',
  },
  ai_monitoring: {
    practice: "Systèmes d'IA surveillés en exploitation",
    text: 'Une fois vos systèmes d’IA en service, surveillez-vous leur comportement (erreurs, dérive, réclamations, détournements), et agissez-vous lorsqu’ils ne sont pas à la hauteur ?',
  },
  ai_incidents: {
    practice: "Des procédures pour les défaillances et incidents d'IA",
    text: 'Disposez-vous de procédures pour les défaillances de l’IA (résultats préjudiciables ou erronés, dérive, détournement), précisant qui décide, qui est informé et quand, y compris les autorités lorsque c’est requis ?',
  },
  ai_responsible_use: {
    practice: "Des règles d'usage responsable de l'IA, avec supervision humaine",
    text: 'Pour chaque système d’IA, avez-vous défini son usage prévu, ses limites et les points où une personne doit examiner ses résultats ou peut passer outre, et vérifiez-vous qu’il est utilisé ainsi ?',
  },
  ai_transparency: {
    practice: "Les utilisateurs sont informés de l'IA et savent comment signaler un problème",
    text: 'Les utilisateurs et les personnes concernées par votre IA reçoivent-ils une information claire (qu’une IA intervient, à quoi elle sert, quelles sont ses limites) et un moyen de signaler un problème ou un préjudice ?',
  },
  ai_suppliers: {
    practice: "Fournisseurs et modèles d'IA évalués, responsabilités convenues",
    text: 'Pour les modèles, API et jeux de données d’IA que vous obtenez de tiers, vérifiez-vous avant et pendant leur utilisation qu’ils répondent à vos exigences d’IA responsable (documentation, pratiques en matière de données, usage de vos données) ?',
  },
  ai_customers: {
    practice: "Les clients savent comment bien utiliser votre IA et ce qu'elle ne fait pas",
    text: 'Indiquez-vous aux clients qui utilisent votre IA à quoi elle est destinée et quelles sont leurs responsabilités, et tenez-vous compte de leurs besoins et de leurs retours ?',
  },
  ai_internal_audit: {
    practice: "Un audit interne qui couvre le système de management de l'IA",
    text: 'Un programme d’audit interne couvre-t-il votre système de management de l’IA (les articles de la norme et les mesures d’IA que vous appliquez), avec des constats enregistrés et suivis ?',
  },
  ai_management_review: {
    practice: "La direction a revu le système de management de l'IA",
    text: 'La direction revoit-elle le système de management de l’IA à intervalles planifiés (risques et impacts liés à l’IA, incidents, objectifs, préoccupations signalées) et consigne-t-elle ses décisions ?',
  },
};
