import type { bankHelp as english } from '../en/bank-help.js';

/** Textes d’aide de toutes les questions, par identifiant de question. */
export const bankHelp: typeof english = {
  org_size:
    'Les organismes de certification dimensionnent leurs audits selon les effectifs, et une organisation plus grande compte davantage de personnes, de systèmes et de sites à couvrir : la tranche choisie détermine donc les calendriers et les fourchettes de coûts de votre résultat.',
  markets:
    'Vos marchés déterminent les réglementations et les habitudes d’achat qui s’appliquent. Le règlement européen sur l’IA peut par exemple viser un système d’IA dont les résultats sont utilisés dans l’UE, même si son fournisseur est établi ailleurs.',
  buyers:
    'Chaque groupe accepte des preuves différentes. Les petits clients se contentent souvent d’un questionnaire de sécurité rempli et de vos politiques ; les grandes entreprises, les acheteurs publics et les investisseurs qui préparent une introduction en bourse demandent en général un certificat délivré par un organisme accrédité.',
  regulated_sector:
    'Les organisations de ces secteurs rendent des comptes à des autorités de contrôle qui attendent de leurs fournisseurs une assurance formelle, vérifiée par un tiers : vendre à ces secteurs place la barre aussi haut qu’y exercer.',
  sensitive_data:
    'Comptez les données que vous traitez pour vos clients autant que les vôtres. Sont sensibles les informations dont la perte ou la divulgation nuirait gravement aux personnes concernées ou aux clients qui vous les ont confiées.',
  security_maturity:
    'Personne ne correspond exactement à une description ; choisissez la plus proche. Elle nous indique l’ampleur du travail de fond à prévoir avant que le système de management lui-même puisse fonctionner.',
  ai_role:
    'Incluez l’apprentissage automatique et l’IA générative, ainsi que les outils d’IA que vos équipes utilisent au travail. Si plusieurs réponses s’appliquent, choisissez la plus basse dans la liste qui reste vraie pour vous.',
  ai_affects_people:
    'Comptez les décisions que l’IA prend et celles qu’elle éclaire, comme le classement de candidatures, le signalement de transactions, le tri de patients ou la priorisation de services publics. Les décisions concernant des personnes relèvent le niveau d’exigence en matière d’évaluation d’impact et de contrôle humain.',
  eu_ai_act_high_risk:
    'Les domaines à haut risque comprennent le recrutement et la gestion des travailleurs, l’évaluation de la solvabilité et la tarification de l’assurance vie ou santé, l’accès à l’éducation et la notation des examens, l’accès aux services publics essentiels et aux prestations sociales, les dispositifs médicaux, les activités répressives, la migration et le contrôle aux frontières, l’administration de la justice et les composants de sécurité des infrastructures critiques. Les systèmes à haut risque emportent des obligations légales qui vont au-delà de toute norme ISO : dans le doute, dites-le.',
  ai_use:
    'Au sens du règlement européen sur l’IA, celui qui développe un système d’IA en est le fournisseur, et celui qui l’utilise en est le déployeur ; un prêteur qui utilise son propre modèle de notation est les deux à la fois.',
  ai_gpai:
    'Un modèle que d’autres affinent ou intègrent à leurs produits, comme un grand modèle de langage proposé par une API ou avec des poids ouverts. Risque systémique : entraîné avec une puissance de calcul très élevée, ou désigné comme tel par l’UE. Son fournisseur a des obligations propres au titre du règlement européen sur l’IA, quel que soit l’usage des produits construits dessus.',
  ai_generates:
    'Les chatbots, les assistants et les contenus générés emportent des obligations de transparence qui leur sont propres ; les modèles de notation ou de classement, en général, non.',
  ai_function:
    'C’est ce qui détermine si un système de management unique couvrant la sécurité et l’IA vous convient, ou plutôt deux systèmes reposant sur un socle commun. Une entité distincte a généralement sa propre direction, sa propre feuille de route et sa propre infrastructure.',
  ai_certificate_asked:
    'Seule compte une demande que vous avez effectivement reçue ; à un intérêt général pour la gouvernance de l’IA, un alignement démontrable suffit à répondre.',
  status_27001:
    '« Aligné » signifie que vous avez construit un système de management de la sécurité de l’information (SMSI) selon la norme et qu’il fonctionne, appréciation des risques, déclaration d’applicabilité, audit interne et revue de direction ayant tous été réalisés, mais qu’aucun auditeur externe ne l’a vérifié. « Certifié » signifie qu’un organisme de certification vous a audité et que votre certificat est toujours valide.',
  accreditation_27001:
    'Un certificat accrédité porte la marque d’un organisme national d’accréditation comme le COFRAC (France), le SAS (Suisse), l’UKAS (Royaume-Uni), la DAkkS (Allemagne) ou l’ANAB (États-Unis), et peut être vérifié dans l’annuaire de cet organisme ou dans IAF CertSearch. Beaucoup de grands donneurs d’ordre refusent les certificats qui n’en portent pas. Si vous ne pouvez pas le confirmer, choisissez « Je ne sais pas » : nous considérerons alors le certificat comme non accrédité jusqu’à vérification.',
  scope_27001:
    'Vos clients lisent le périmètre inscrit sur le certificat, et ne se contentent pas de son existence ; un certificat portant sur un seul bureau ou un seul produit ne couvre pas le reste.',
  edition_27001:
    'L’édition et la date d’expiration figurent sur le certificat. Les certificats selon l’édition 2013 ont perdu leur validité après le 31 octobre 2025 ; un certificat suspendu ne peut pas être invoqué tant que dure la suspension.',
  status_42001:
    '« Aligné » signifie que vous avez construit un système de management de l’intelligence artificielle selon la norme et qu’il fonctionne, appréciations des risques et évaluations d’impact liées à l’IA, déclaration d’applicabilité, audit interne et revue de direction ayant tous été réalisés, mais qu’aucun auditeur externe ne l’a vérifié. « Certifié » signifie qu’un organisme de certification vous a audité et que votre certificat est toujours valide.',
  accreditation_42001:
    'L’accréditation est accordée norme par norme, et l’ISO/IEC 42001 est récente : un organisme accrédité pour l’ISO 27001 ne l’est pas forcément encore pour la 42001. Vérifiez sur le certificat la marque de l’organisme d’accréditation (COFRAC, SAS, UKAS, DAkkS, ANAB…) et la portée inscrite dans son annuaire. Si vous ne pouvez pas le confirmer, choisissez « Je ne sais pas » : nous considérerons alors le certificat comme non accrédité jusqu’à vérification.',
  scope_42001:
    'Vos clients lisent le périmètre inscrit sur le certificat ; les systèmes d’IA qui n’y figurent pas ne sont pas couverts.',
  context_parties:
    'Un auditeur attend un court registre des enjeux (commerciaux, juridiques, techniques, organisationnels, et la pertinence ou non du changement climatique pour vous) et des parties intéressées avec leurs exigences, revu au moins une fois par an. Un même registre peut servir à la sécurité comme à la gouvernance de l’IA. Répondez « En partie » s’il n’existe que dans les têtes ou n’est plus à jour.',
  isms_scope:
    'Le domaine d’application fait partie des premiers documents demandés par un organisme de certification, et sa formulation figure sur le certificat. « Oui » signifie un périmètre écrit, approuvé par la direction, qui en fixe les limites et cite les services externes dont il dépend, comme vos fournisseurs cloud.',
  leadership:
    'Les preuves attendues : un dirigeant responsable nommément désigné, une trace écrite de qui porte quels risques, quelles mesures et quels audits, et des décisions de moyens consignées par la direction. Un responsable de la sécurité qui agit sans le soutien de la direction correspond à « En partie ».',
  security_policy:
    'Les auditeurs vérifient que la politique est approuvée, communiquée et revue, que les objectifs sont mesurables et assortis de responsables et d’échéances, et que des politiques thématiques existent là où vos risques l’exigent. Un modèle téléchargé, jamais adapté ni diffusé, vaut au mieux « En partie ».',
  risk_method:
    'La méthode fixe les échelles de vraisemblance et de conséquences, les critères d’acceptation et qui peut accepter le risque résiduel. C’est la partie de la gestion des risques que l’on conçoit une fois pour l’appliquer aussi bien aux risques de sécurité qu’aux risques liés à l’IA. « Oui » suppose qu’elle soit écrite et réellement appliquée ; un tableur suffit.',
  risk_assessment:
    'La preuve attendue est un registre des risques avec des appréciations datées des menaces pesant sur la confidentialité, l’intégrité et la disponibilité de l’information, des propriétaires nommés et des cotations selon vos critères, ainsi que la trace de ses mises à jour. Un exercice ponctuel datant de plusieurs années vaut « En partie ». Une appréciation des risques à jour est l’un des jalons qui montrent qu’un système de management est réellement vivant.',
  soa: 'La déclaration d’applicabilité relie les mesures retenues à vos risques et justifie chaque exclusion ; les auditeurs la lisent tôt et s’en servent pour leur échantillonnage. Le plan de traitement montre qui fait quoi et pour quand, et que les propriétaires des risques ont accepté le risque résiduel.',
  risk_acceptance:
    'Des propriétaires de risques nommément désignés valident le plan de traitement et les risques résiduels ; les auditeurs demandent à le voir. Une approbation par le seul responsable de la sécurité vaut « En partie ».',
  changes_communication:
    'Les preuves : une façon de planifier les changements de domaine d’application, de rôles ou de processus, et un plan simple de ce qui est communiqué en interne et en externe. Une démarche au coup par coup vaut « En partie ».',
  competence_awareness:
    'Les preuves : exigences par rôle, enregistrements de formation, certificats ou CV pour les rôles clés, et taux de réalisation de la sensibilisation, généralement à l’arrivée puis chaque année (hameçonnage, manipulation des données, signalement des incidents). Un même processus de formation et d’enregistrement peut couvrir la sécurité comme l’IA.',
  document_control:
    'N’importe quel outil convient, wiki, gestion documentaire ou dépôt, pourvu que vous puissiez montrer les propriétaires, l’historique des versions, les approbations, les dates de revue et les durées de conservation. Répondez « En partie » si les documents existent mais que personne ne sait quelle version est en vigueur.',
  monitoring_measurement:
    'Les auditeurs attendent un petit nombre d’indicateurs définis, avec des responsables, relevés selon le calendrier prévu et discutés là où se prennent les décisions. Des tableaux de bord que personne ne regarde valent « En partie ».',
  internal_audit:
    'Il vous faut un programme d’audit couvrant chaque article de la norme et vos mesures applicables sur un cycle (généralement un an), des auditeurs qui ne contrôlent pas leur propre travail (un consultant externe convient), des rapports d’audit et un suivi des constats. Répondez pour le seul système de management de la sécurité de l’information ; le système de management de l’IA fait l’objet d’une question distincte. Un audit interne mené à terme est un préalable à la certification, et à toute déclaration honnête d’alignement.',
  management_review:
    'La preuve attendue est un compte rendu de chaque revue de direction montrant que les éléments d’entrée prévus ont été examinés et les décisions prises sur les améliorations, les ressources et les changements. Répondez pour le seul système de management de la sécurité de l’information ; le volet IA fait l’objet d’une question distincte. Une revue de direction menée à terme est un préalable à la certification.',
  corrective_action:
    'Les auditeurs cherchent un registre des non-conformités ou des tickets indiquant la cause, les actions, les responsables, les échéances et une vérification de l’efficacité, ainsi que des signes que le système s’améliore avec le temps. Corriger les symptômes sans les consigner vaut « En partie ».',
  asset_inventory:
    'Les preuves : un inventaire des actifs (un export de l’outil de gestion des terminaux ou un tableur suffit) avec leurs propriétaires, un schéma de classification simple, par exemple public, interne et confidentiel, et des règles d’usage acceptable acceptées par le personnel. Répondez « En partie » si la liste omet vos outils SaaS ou n’indique pas de propriétaire.',
  access_control:
    'Les preuves : une politique de contrôle d’accès, des enregistrements des arrivées, mobilités et départs, des revues d’accès périodiques validées, et une liste des comptes à privilèges. Des comptes d’administration partagés, ou des revues qui n’ont jamais lieu, ramènent la réponse à « En partie » ou « Non ».',
  authentication:
    '« Oui » signifie imposée par la configuration et non simplement recommandée, toute exception étant documentée et approuvée. Un auditeur peut demander à voir les paramètres de votre fournisseur d’identité.',
  cryptography:
    'Les réglages par défaut du cloud chiffrent souvent déjà le stockage ; l’écart porte généralement sur la règle écrite et la gestion des clés (qui y a accès, rotation, sauvegarde). Les preuves : une norme interne de cryptographie et une configuration qui la respecte.',
  endpoints:
    'Les preuves : des rapports de l’outil de gestion des terminaux sur le chiffrement et les mises à jour, des règles pour le travail à distance, et des procès-verbaux ou certificats de destruction. Des appareils personnels utilisés sans aucun contrôle ramènent la réponse à « En partie » ou « Non ».',
  network_security:
    'Les preuves : règles de pare-feu ou de groupes de sécurité, environnements séparés et services réseau revus. Un réseau à plat où tout communique avec tout vaut « Non ».',
  physical_security:
    'Ne choisissez « Ne s’applique pas à nous » que si vous n’avez aucun local, par exemple une équipe entièrement à distance travaillant sur des services cloud ; les centres de données relèvent alors de l’évaluation de vos fournisseurs. Les bureaux partagés et espaces de coworking comptent aussi : pensez aux rangements fermant à clé et aux écrans à l’abri des regards.',
  people_security:
    'Les preuves : des vérifications d’antécédents lorsque la loi le permet et de manière proportionnée, des contrats de travail ou accords de confidentialité mentionnant les obligations de sécurité, et des listes de contrôle de départ remplies dans les délais.',
  supplier_security:
    'Les preuves : un registre des fournisseurs classés par niveau de risque, des éléments de diligence raisonnable comme des questionnaires ou les certificats et rapports du fournisseur, des clauses contractuelles sur la sécurité et le partage des responsabilités, et des revues périodiques. Un même processus de référencement peut servir pour les fournisseurs liés à la sécurité comme à l’IA ; les contrôles propres à l’IA font l’objet d’une question distincte.',
  legal_privacy:
    'Les preuves : un registre des exigences légales et contractuelles avec leurs responsables, un registre des activités de traitement et des mentions d’information lorsque des données personnelles sont en jeu, et une procédure pour traiter les demandes des personnes concernées et notifier les violations de données.',
  data_protection:
    'Les preuves : des règles d’usage acceptable écrites, une suppression et une conservation appliquées dans les faits, des données de test masquées et une prévention des fuites là où elle compte. Un personnel qui colle sans contrôle des données clients dans des outils d’IA publics vaut « Non ».',
  threat_intelligence:
    'Quelqu’un suit les avis de sécurité concernant ce que vous exploitez, les alertes donnent lieu à des actions, et les contacts avec les autorités et les groupes sectoriels sont tenus à jour.',
  vulnerability_management:
    'Les preuves : rapports de scanner ou alertes sur les dépendances, délais de correction selon la gravité, configurations de référence (par exemple CIS Benchmarks ou infrastructure as code) et exceptions avec leurs responsables, ainsi qu’une revue indépendante de votre sécurité à intervalles planifiés, par exemple un test d’intrusion.',
  secure_development:
    'Les preuves : une politique de développement sécurisé, des pull requests relues, des tests de sécurité dans la chaîne d’intégration (analyse statique, contrôle des dépendances), des environnements séparés et un accès restreint à la production. Ne choisissez « Ne s’applique pas à nous » que si vous ne développez aucun logiciel, ni en interne ni en sous-traitance.',
  change_management:
    'Les preuves : tickets de changement ou pull requests avec approbations, historique des mises en production, et analyses des changements qui ont mal tourné. Le réentraînement et l’affinage de modèles font l’objet d’une question distincte, car ils demandent un processus qui leur est propre.',
  logging_monitoring:
    'Les preuves : une journalisation centralisée avec des règles de conservation, des alertes sur les activités suspectes, des horloges synchronisées, et la preuve que les alertes sont traitées. Des journaux qui existent mais ne sont jamais examinés valent « En partie ».',
  incident_management:
    'Les preuves : un plan de réponse avec rôles et contacts, un canal de signalement connu de tous, un registre des incidents, vos obligations de notification envers les clients et les autorités, et un exercice ou un retour d’expérience sur un incident réel au cours de l’année écoulée. Les défaillances de l’IA font l’objet d’une question distincte : un même plan de réponse peut servir aux deux, mais elles demandent des procédures qui leur sont propres.',
  backup_continuity:
    'Les preuves : paramètres de sauvegarde et comptes rendus de tests de restauration, objectifs de durée de reprise et de perte de données maximale admissible pour les services clés, et un plan de continuité ou de reprise d’activité testé au moins une fois par an.',
  ai_scope:
    'Un inventaire des systèmes d’IA et un domaine d’application sont le point de départ de l’ISO 42001. Votre rôle compte, car les obligations diffèrent entre ceux qui conçoivent l’IA et ceux qui l’utilisent. Répondez « En partie » si la liste omet des outils adoptés par le personnel de sa propre initiative.',
  ai_policy:
    'Les preuves : une politique IA approuvée énonçant principes et engagements, des objectifs IA avec indicateurs et responsables, une note sur son articulation avec vos politiques de sécurité, de protection des données et de qualité, et une date de revue. Une déclaration de valeurs sur un site web vaut « En partie ».',
  ai_accountability:
    'Les preuves : des responsables nommés pour les systèmes d’IA, des fiches de rôle pour ceux qui conçoivent, exploitent ou supervisent l’IA, et pour chaque système un relevé de ses sources de données, de ses outils, de son infrastructure et de l’expertise nécessaire, avec des formations là où des compétences manquent.',
  ai_concerns:
    'Les preuves : un canal de signalement des préoccupations liées à l’IA, une protection pour ceux qui l’utilisent, et la trace des suites données. Un dispositif d’alerte général qui ne mentionne jamais l’IA vaut « En partie ».',
  ai_risk_assessment:
    'La preuve attendue est un registre des risques IA, ou des risques IA ajoutés à votre registre existant, avec des appréciations datées, des responsables et des décisions de traitement, revu à intervalles planifiés et après toute évolution significative des modèles ou des données. Une appréciation des risques IA à jour est l’un des jalons de l’ISO 42001.',
  ai_impact_assessment:
    'L’évaluation de l’impact d’un système d’IA regarde vers l’extérieur, vers les personnes concernées, plutôt que vers les risques pour votre entreprise ; l’ISO 27001 n’a rien d’équivalent. Les preuves : un processus défini et, pour chaque système, une évaluation menée à terme couvrant l’usage prévu, les personnes affectées, les mauvais usages prévisibles et la gravité, tenue à jour et alimentant votre traitement des risques.',
  ai_soa:
    'Elle est le pendant de la déclaration d’applicabilité de l’ISO 27001, mais porte sur les 38 mesures propres à l’IA. Les preuves : le document, avec une justification pour chaque inclusion et chaque exclusion, et un plan de traitement avec responsables et échéances.',
  ai_lifecycle:
    'Les preuves : un processus de développement IA défini, avec étapes et validations, des exigences écrites incluant des objectifs de performance et d’équité, des choix de conception consignés, et une documentation technique, par exemple des model cards, qui permettrait à un tiers de comprendre le système.',
  ai_data:
    'Les preuves : les sources de données avec leur licence ou leur base légale, la traçabilité de leur provenance, des contrôles de qualité et de biais, et une préparation documentée (nettoyage, annotation). Ne choisissez « Ne s’applique pas à nous » que si vous ne fournissez aucune donnée propre pour l’entraînement, l’affinage ou la génération augmentée par recherche (RAG), par exemple lorsque vous utilisez un outil d’IA tel qu’il est livré.',
  ai_verification:
    'Les preuves : plans et résultats de tests au regard de seuils définis, jeux de données d’évaluation, validation avant la mise en production et plan de déploiement. Pour les outils d’IA achetés, une évaluation documentée avant leur déploiement compte.',
  ai_change:
    'Les preuves : pour chaque modèle, la trace de ce qui a changé, de ce qui a été testé et de qui a approuvé. Des mises à jour d’un modèle acheté activées automatiquement, sans vérification, valent « Non ».',
  ai_monitoring:
    'Les preuves : des indicateurs et seuils définis, des rapports ou tableaux de bord examinés par quelqu’un, des alertes en cas de dégradation des performances, et la trace des mesures prises (réentraînement, retour à une version antérieure, usage restreint).',
  ai_incidents:
    'Les preuves : des procédures pour les incidents d’IA à côté de celles pour les incidents de sécurité, avec rôles, seuils et obligations de signalement. Le seul plan de réponse aux incidents de sécurité vaut au mieux « En partie ».',
  ai_responsible_use:
    'Les preuves : usages prévus et interdits documentés, points de contrôle humain (qui examine quoi, avec le pouvoir de passer outre), consignes pour le personnel qui utilise des outils d’IA, et contrôles ou journaux montrant que la pratique suit les règles.',
  ai_transparency:
    'Les preuves : documentation ou mentions destinées aux utilisateurs, explications adaptées à leur public, canal de signalement pour les utilisateurs et les personnes concernées, et procédure pour traiter ce qui arrive, y compris les signalements aux autorités lorsque la loi l’exige.',
  ai_suppliers:
    'Cela va au-delà de la diligence raisonnable en matière de sécurité : les preuves comprennent la documentation du système ou les model cards obtenues du fournisseur, les conditions précisant si vos données entraînent ses modèles, des résultats d’évaluation et des revues périodiques. Ne choisissez « Ne s’applique pas à nous » que si vous n’utilisez aucun modèle, API ou jeu de données de tiers.',
  ai_customers:
    'Les preuves : une documentation et des conditions destinées aux clients précisant l’usage prévu et le partage des responsabilités, et un circuit de retours clients qui remonte jusqu’aux décisions produit.',
  ai_internal_audit:
    'Un même programme peut auditer les deux systèmes ; répondez selon la mesure dans laquelle il couvre le volet IA. Des audits qui ne se sont jamais penchés sur la gouvernance de l’IA valent « Non ».',
  ai_management_review:
    'Une même revue de direction peut couvrir les deux systèmes si les sujets liés à l’IA figurent à son ordre du jour et que ses décisions sont consignées. Des revues où l’IA n’a jamais été abordée valent « Non ».',
};
