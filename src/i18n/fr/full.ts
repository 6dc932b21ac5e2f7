import type { FullTranslation } from '../en/full.js';

type Texts = FullTranslation['clauses'];

// Titres courts proches des intitulés français usuels ; exigences résumées avec nos mots, jamais le texte des
// normes.

const clauses: Texts = {
  '4.1': {
    title: 'Compréhension de l’organisme et de son contexte',
    text: 'Les enjeux internes et externes qui influent sur ce que le système de management doit atteindre sont connus et tenus à jour, y compris la pertinence du changement climatique.',
    help: 'Une liste courte et datée des enjeux (marché, droit, technique, organisation), revue au moins chaque année.',
  },
  '4.2': {
    title: 'Besoins et attentes des parties intéressées',
    text: 'Vous savez qui a un intérêt dans le système de management (clients, autorités, personnel, fournisseurs), ce qu’ils exigent et quelles exigences vous traitez.',
    help: 'Un registre des parties intéressées et de leurs exigences, celles traitées par le système de management étant repérées. Depuis l’amendement 1 (2024), une note rappelle que les parties intéressées peuvent avoir des exigences liées au changement climatique.',
  },
  '4.3': {
    title: 'Détermination du domaine d’application',
    text: 'Les limites du système de management (sites, équipes, produits, systèmes) sont fixées, justifiées et écrites.',
    help: 'Une déclaration de périmètre qui nomme ce qui est inclus et exclu, les interfaces et dépendances, et pourquoi.',
  },
  '4.4': {
    title: 'Système de management',
    text: 'Le système de management est établi, exploité, tenu à jour et amélioré comme un ensemble de processus reliés.',
    help: 'La preuve que les processus existent et fonctionnent ensemble : cartographie ou manuel, responsables, enregistrements d’exploitation.',
  },
  '5.1': {
    title: 'Leadership et engagement',
    text: 'La direction porte visiblement le système de management : ressources, intégration aux processus métier, orientation et soutien de ceux qui le font vivre.',
    help: 'Comptes rendus, décisions budgétaires, communications de la direction, sa participation aux revues.',
  },
  '5.2': {
    title: 'Politique',
    text: 'Une politique approuvée par la direction fixe l’orientation, engage à satisfaire les exigences et à s’améliorer, et est communiquée et disponible.',
    help: 'La politique signée, son historique de versions et la façon dont le personnel et les parties intéressées y accèdent.',
  },
  '5.3': {
    title: 'Rôles, responsabilités et autorités au sein de l’organisme',
    text: 'Les responsabilités et autorités relatives au système de management sont attribuées et communiquées, y compris qui rend compte de sa performance à la direction.',
    help: 'Une matrice des rôles et responsabilités ou des nominations, connues des personnes désignées.',
  },
  '6.1.1': {
    title: 'Actions face aux risques et opportunités — généralités',
    text: 'Lors de la planification, vous déterminez les risques et opportunités à traiter, planifiez des actions et vérifiez leur efficacité.',
    help: 'Le document de planification qui relie contexte, parties intéressées et processus de risque aux actions.',
  },
  '6.1.2': {
    title: 'Appréciation des risques',
    text: 'Un processus d’appréciation des risques défini et reproductible, avec des critères d’acceptation et de réalisation, identifie, analyse et évalue les risques et en désigne les propriétaires.',
    help: 'La méthode documentée (critères, échelles, propriétaires) qui donne des résultats comparables d’une fois sur l’autre.',
  },
  '6.1.3': {
    title: 'Traitement des risques',
    text: 'Les options de traitement sont choisies, les mesures nécessaires déterminées et comparées à l’annexe A, une déclaration d’applicabilité est établie et un plan de traitement approuvé par les propriétaires des risques.',
    help: 'Le processus de traitement documenté, la déclaration d’applicabilité et le plan de traitement approuvé par les propriétaires.',
  },
  '6.2': {
    title: 'Objectifs et planification pour les atteindre',
    text: 'Des objectifs mesurables sont fixés aux niveaux pertinents, cohérents avec la politique, avec des plans précisant quoi, qui, avec quels moyens et pour quand.',
    help: 'Les objectifs documentés avec responsables, échéances et mesure de l’avancement.',
  },
  '6.3': {
    title: 'Planification des modifications',
    text: 'Les modifications du système de management sont menées de façon planifiée.',
    help: 'Une trace des modifications indiquant objet, impact et approbation.',
  },
  '7.1': {
    title: 'Ressources',
    text: 'Les personnes, le budget, les outils et le temps nécessaires pour faire fonctionner et améliorer le système de management sont fournis.',
    help: 'Lignes budgétaires, décisions d’effectifs et d’outillage liées au système de management.',
  },
  '7.2': {
    title: 'Compétences',
    text: 'Les compétences requises par chaque rôle sont définies, les personnes sont compétentes par formation ou expérience, les écarts sont comblés et les preuves conservées.',
    help: 'Exigences par rôle, attestations de formation, certificats ou CV, et actions menées sur les écarts.',
  },
  '7.3': {
    title: 'Sensibilisation',
    text: 'Chaque personne travaillant sous votre contrôle connaît la politique, sa contribution et les conséquences d’un manquement aux exigences.',
    help: 'Accueil et sessions de sensibilisation avec émargement, et un personnel capable d’expliquer l’essentiel.',
  },
  '7.4': {
    title: 'Communication',
    text: 'Ce que vous communiquez sur le système de management, quand, à qui et comment, en interne comme en externe, est décidé.',
    help: 'Un plan ou une matrice de communication et des exemples de son application.',
  },
  '7.5.1': {
    title: 'Informations documentées — généralités',
    text: 'Les informations documentées exigées par la norme, et celles nécessaires au fonctionnement du système, existent.',
    help: 'La liste des documents et enregistrements exigés, chacun avec son emplacement et son responsable.',
  },
  '7.5.2': {
    title: 'Création et mise à jour',
    text: 'Les documents sont identifiés (titre, date, auteur, version), dans un format adapté, revus et approuvés avant usage.',
    help: 'En-têtes ou métadonnées des documents et traces d’approbation.',
  },
  '7.5.3': {
    title: 'Maîtrise des informations documentées',
    text: 'Documents et enregistrements sont disponibles là où il faut, protégés, diffusés, versionnés, conservés et éliminés sous contrôle, y compris ceux d’origine externe.',
    help: 'Droits d’accès à l’espace documentaire, historique des versions, règles de conservation.',
  },
  '8.1': {
    title: 'Planification et maîtrise opérationnelles',
    text: 'Les processus qui répondent aux exigences et mettent en œuvre les actions prévues sont planifiés, menés selon des critères et maîtrisés, y compris les modifications et les processus externalisés.',
    help: 'Procédures appliquées, enregistrements montrant leur déroulement prévu, maîtrise de ce que font les fournisseurs pour vous.',
  },
  '8.2': {
    title: 'Appréciation des risques (réalisée)',
    text: 'Les appréciations des risques ont lieu à intervalles planifiés et lors de changements importants ; leurs résultats sont conservés.',
    help: 'Résultats datés des appréciations, y compris celles déclenchées par des changements.',
  },
  '8.3': {
    title: 'Traitement des risques (mis en œuvre)',
    text: 'Le plan de traitement des risques est mis en œuvre et ses résultats sont conservés.',
    help: 'Avancement du plan : mesures en place, dates, risque résiduel accepté par les propriétaires.',
  },
  '9.1': {
    title: 'Surveillance, mesure, analyse et évaluation',
    text: 'Vous décidez quoi surveiller et mesurer, comment et quand, qui analyse, et vous évaluez performance et efficacité à partir des résultats.',
    help: 'Indicateurs définis avec responsables, et résultats effectivement examinés.',
  },
  '9.2.1': {
    title: 'Audit interne — généralités',
    text: 'Des audits internes à intervalles planifiés vérifient que le système de management répond à vos propres exigences et à la norme, et qu’il fonctionne.',
    help: 'Rapports d’audit couvrant tout le périmètre sur le cycle.',
  },
  '9.2.2': {
    title: 'Programme d’audit interne',
    text: 'Un programme d’audit fixe fréquence, méthodes, responsabilités et restitution ; les auditeurs sont objectifs, les résultats vont à la direction et sont conservés.',
    help: 'Le programme d’audit, l’indépendance des auditeurs, les rapports et le suivi des constats.',
  },
  '9.3.1': {
    title: 'Revue de direction — généralités',
    text: 'La direction revoit le système de management à intervalles planifiés pour qu’il reste pertinent, adapté et efficace.',
    help: 'Revues programmées en présence de la direction.',
  },
  '9.3.2': {
    title: 'Éléments d’entrée de la revue de direction',
    text: 'La revue examine les actions précédentes, les changements de contexte et de besoins, la performance et ses tendances, les retours, les résultats des risques et les pistes d’amélioration.',
    help: 'Un ordre du jour ou un compte rendu couvrant chaque élément requis.',
  },
  '9.3.3': {
    title: 'Résultats de la revue de direction',
    text: 'La revue aboutit à des décisions d’amélioration et de modification ; les résultats sont conservés.',
    help: 'Comptes rendus avec décisions, responsables et dates.',
  },
  '10.1': {
    title: 'Amélioration continue',
    text: 'La pertinence, l’adéquation et l’efficacité du système de management sont améliorées en continu.',
    help: 'Les améliorations apportées dans le temps et leur origine.',
  },
  '10.2': {
    title: 'Non-conformité et action corrective',
    text: 'Les non-conformités sont traitées : réaction, recherche des causes, action corrective et vérification, enregistrements conservés.',
    help: 'Un registre des non-conformités avec causes, actions et vérifications d’efficacité.',
  },
};

const clauses27001: Texts = {
  '5.2': {
    title: 'Politique',
    text: 'Une politique de sécurité de l’information approuvée par la direction fixe des objectifs ou un cadre pour les fixer, engage aux exigences et à l’amélioration, et est communiquée.',
    help: 'La politique de sécurité signée, sa version et sa diffusion au personnel et aux parties intéressées.',
  },
  '6.1.2': {
    title: 'Appréciation des risques de sécurité de l’information',
    text: 'Un processus défini et reproductible, avec critères d’acceptation, identifie les risques pour la confidentialité, l’intégrité et la disponibilité, les analyse et les évalue et en désigne les propriétaires.',
    help: 'La méthode documentée et les critères de risque.',
  },
  '6.1.3': {
    title: 'Traitement des risques de sécurité de l’information',
    text: 'Les options de traitement et les mesures nécessaires sont déterminées et comparées à l’annexe A pour ne rien oublier ; une déclaration d’applicabilité et un plan de traitement existent et les propriétaires les approuvent, ainsi que le risque résiduel.',
    help: 'Le processus de traitement documenté, la déclaration d’applicabilité et le plan de traitement des risques.',
  },
  '6.2': {
    title: 'Objectifs de sécurité de l’information et planification',
    text: 'Des objectifs de sécurité mesurables, cohérents avec la politique et les résultats des risques, sont fixés, suivis et planifiés.',
    help: 'Les objectifs documentés avec responsables, échéances et indicateurs.',
  },
  '8.2': {
    title: 'Appréciation des risques de sécurité de l’information (réalisée)',
    text: 'Les appréciations des risques de sécurité ont lieu à intervalles planifiés et lors de changements importants ; leurs résultats sont conservés.',
    help: 'Résultats datés des appréciations des risques.',
  },
  '8.3': {
    title: 'Traitement des risques de sécurité de l’information (mis en œuvre)',
    text: 'Le plan de traitement des risques de sécurité est mis en œuvre et ses résultats sont conservés.',
    help: 'Avancement du plan et acceptation du risque résiduel par les propriétaires.',
  },
};

const clauses42001: Texts = {
  '4.1': {
    title: 'Compréhension de l’organisme et de son contexte',
    text: 'Les enjeux qui influent sur le système de management de l’IA sont connus, y compris votre rôle vis-à-vis des systèmes d’IA (fournisseur, producteur, client, utilisateur…), la finalité des systèmes que vous développez ou utilisez, et la pertinence du changement climatique.',
    help: 'Une description du contexte qui nomme vos rôles en matière d’IA et la finalité de chaque système d’IA du périmètre.',
  },
  '4.3': {
    title: 'Détermination du domaine d’application du système de management de l’IA',
    text: 'Les limites du système de management de l’IA (systèmes d’IA, activités, équipes, sites) sont fixées et écrites.',
    help: 'Une déclaration de périmètre qui nomme les systèmes d’IA et activités couverts.',
  },
  '5.2': {
    title: 'Politique en matière d’IA',
    text: 'Une politique d’IA approuvée par la direction correspond à votre finalité, encadre les objectifs d’IA, engage aux exigences et à l’amélioration, et est communiquée et disponible.',
    help: 'La politique d’IA signée, sa version et sa diffusion au personnel et aux parties intéressées.',
  },
  '6.1.2': {
    title: 'Appréciation des risques liés à l’IA',
    text: 'Un processus défini d’appréciation des risques liés à l’IA, nourri par la politique, les objectifs et les études d’impact, identifie, analyse et évalue les risques qui menacent vos objectifs d’IA.',
    help: 'La méthode documentée avec des critères couvrant les sources propres à l’IA (données, modèles, automatisation, transparence).',
  },
  '6.1.3': {
    title: 'Traitement des risques liés à l’IA',
    text: 'Les options et mesures de traitement des risques d’IA sont choisies et comparées à l’annexe A de l’ISO/IEC 42001 ; une déclaration d’applicabilité et un plan de traitement existent et sont approuvés.',
    help: 'Le processus de traitement documenté, la déclaration d’applicabilité IA et le plan de traitement.',
  },
  '6.1.4': {
    title: 'Étude d’impact des systèmes d’IA',
    text: 'Un processus défini évalue les conséquences possibles des systèmes d’IA pour les personnes, les groupes et la société, selon leurs usages prévus et prévisibles ; ses résultats alimentent l’appréciation des risques.',
    help: 'La méthode d’étude d’impact documentée et ses déclencheurs.',
  },
  '6.2': {
    title: 'Objectifs d’IA et planification',
    text: 'Des objectifs d’IA mesurables, cohérents avec la politique d’IA, sont fixés, suivis et planifiés.',
    help: 'Les objectifs d’IA documentés avec responsables, échéances et indicateurs.',
  },
  '8.2': {
    title: 'Appréciation des risques liés à l’IA (réalisée)',
    text: 'Les appréciations des risques d’IA ont lieu à intervalles planifiés et lors de changements importants ; leurs résultats sont conservés.',
    help: 'Résultats datés des appréciations des risques d’IA.',
  },
  '8.3': {
    title: 'Traitement des risques liés à l’IA (mis en œuvre)',
    text: 'Le plan de traitement des risques d’IA est mis en œuvre, son efficacité vérifiée et ses résultats conservés.',
    help: 'Avancement du plan et vérification que les traitements fonctionnent.',
  },
  '8.4': {
    title: 'Étude d’impact des systèmes d’IA (réalisée)',
    text: 'Les études d’impact des systèmes d’IA ont lieu à intervalles planifiés et lors de changements importants ; leurs résultats sont conservés.',
    help: 'Résultats datés de l’étude d’impact pour chaque système d’IA du périmètre.',
  },
};

const controls27001: Texts = {
  'A.5.1': {
    title: 'Politiques de sécurité de l’information',
    text: 'Une politique et des politiques thématiques sont définies, approuvées, publiées, reconnues par les personnes concernées et revues.',
  },
  'A.5.2': {
    title: 'Fonctions et responsabilités liées à la sécurité de l’information',
    text: 'Les rôles et responsabilités de sécurité sont définis et attribués selon les besoins de l’organisme.',
  },
  'A.5.3': {
    title: 'Séparation des tâches',
    text: 'Les tâches et domaines de responsabilité incompatibles sont séparés, ou leur risque est maîtrisé autrement.',
  },
  'A.5.4': {
    title: 'Responsabilités de la direction',
    text: 'Les managers exigent du personnel et des prestataires qu’ils appliquent la sécurité selon les politiques et procédures.',
  },
  'A.5.5': {
    title: 'Contacts avec les autorités',
    text: 'Des contacts avec les autorités compétentes (régulateurs, forces de l’ordre, autorités de contrôle) sont établis et tenus à jour.',
  },
  'A.5.6': {
    title: 'Contacts avec des groupes d’intérêt spécifiques',
    text: 'Des contacts avec des forums de sécurité et associations professionnelles sont entretenus pour rester informé.',
  },
  'A.5.7': {
    title: 'Renseignements sur les menaces',
    text: 'Les informations sur les menaces sont collectées et analysées, et vous agissez en conséquence.',
  },
  'A.5.8': {
    title: 'Sécurité de l’information dans la gestion de projet',
    text: 'La sécurité est intégrée à la gestion de projet, quel que soit le type de projet.',
  },
  'A.5.9': {
    title: 'Inventaire des informations et autres actifs associés',
    text: 'Un inventaire des informations et actifs associés, avec leurs propriétaires, est tenu à jour.',
  },
  'A.5.10': {
    title: 'Utilisation correcte des informations et autres actifs associés',
    text: 'Des règles d’utilisation acceptable et de manipulation des informations et actifs sont écrites et appliquées.',
  },
  'A.5.11': {
    title: 'Restitution des actifs',
    text: 'Les personnes restituent les actifs de l’organisme lorsque leur emploi, contrat ou accord change ou prend fin.',
  },
  'A.5.12': {
    title: 'Classification des informations',
    text: 'Les informations sont classifiées selon leur confidentialité, intégrité, disponibilité et les besoins des parties concernées.',
  },
  'A.5.13': {
    title: 'Marquage des informations',
    text: 'Les informations sont marquées selon le schéma de classification.',
  },
  'A.5.14': {
    title: 'Transfert des informations',
    text: 'Des règles, procédures ou accords protègent les informations transférées en interne ou vers des tiers, par tout moyen.',
  },
  'A.5.15': {
    title: 'Contrôle d’accès',
    text: 'Des règles d’accès physique et logique sont fixées selon les exigences métier et de sécurité, et appliquées.',
  },
  'A.5.16': { title: 'Gestion des identités', text: 'Les identités sont gérées sur tout leur cycle de vie.' },
  'A.5.17': {
    title: 'Informations d’authentification',
    text: 'Mots de passe, clés et autres informations d’authentification sont attribués et gérés sous contrôle, avec des consignes pour les utilisateurs.',
  },
  'A.5.18': {
    title: 'Droits d’accès',
    text: 'Les droits d’accès sont attribués, revus, modifiés et retirés selon les règles de contrôle d’accès.',
  },
  'A.5.19': {
    title: 'Sécurité de l’information dans les relations avec les fournisseurs',
    text: 'Des processus maîtrisent les risques de sécurité liés aux produits et services des fournisseurs.',
  },
  'A.5.20': {
    title: 'Prise en compte de la sécurité dans les accords avec les fournisseurs',
    text: 'Des exigences de sécurité sont convenues avec chaque fournisseur selon la relation.',
  },
  'A.5.21': {
    title: 'Gestion de la sécurité de l’information dans la chaîne d’approvisionnement TIC',
    text: 'Les risques de sécurité de la chaîne d’approvisionnement des produits et services TIC sont maîtrisés.',
  },
  'A.5.22': {
    title: 'Surveillance, revue et gestion des changements des services fournisseurs',
    text: 'Les pratiques de sécurité et la prestation des fournisseurs sont surveillées, revues, évaluées et leurs changements maîtrisés.',
  },
  'A.5.23': {
    title: 'Sécurité de l’information dans l’utilisation de services en nuage',
    text: 'L’achat, l’usage, la gestion et la sortie des services en nuage suivent vos exigences de sécurité.',
  },
  'A.5.24': {
    title: 'Planification et préparation de la gestion des incidents de sécurité de l’information',
    text: 'Les processus, rôles et responsabilités de gestion des incidents sont définis, communiqués et prêts.',
  },
  'A.5.25': {
    title: 'Évaluation des événements de sécurité de l’information et prise de décision',
    text: 'Les événements de sécurité sont évalués et il est décidé s’il s’agit d’incidents.',
  },
  'A.5.26': {
    title: 'Réponse aux incidents de sécurité de l’information',
    text: 'La réponse aux incidents suit des procédures documentées.',
  },
  'A.5.27': {
    title: 'Tirer des enseignements des incidents de sécurité de l’information',
    text: 'Les enseignements des incidents servent à renforcer les mesures.',
  },
  'A.5.28': {
    title: 'Collecte des preuves',
    text: 'Des procédures encadrent l’identification, la collecte, l’acquisition et la préservation des preuves liées aux événements de sécurité.',
  },
  'A.5.29': {
    title: 'Sécurité de l’information durant une perturbation',
    text: 'La sécurité est maintenue à un niveau approprié pendant une perturbation.',
  },
  'A.5.30': {
    title: 'Préparation des TIC pour la continuité d’activité',
    text: 'La préparation des TIC est planifiée, mise en œuvre, maintenue et testée au regard des objectifs de continuité.',
  },
  'A.5.31': {
    title: 'Exigences légales, statutaires, réglementaires et contractuelles',
    text: 'Les exigences de sécurité légales, réglementaires et contractuelles sont identifiées, documentées et tenues à jour, avec la façon de les satisfaire.',
  },
  'A.5.32': {
    title: 'Droits de propriété intellectuelle',
    text: 'Des procédures protègent les droits de propriété intellectuelle, les vôtres et ceux d’autrui.',
  },
  'A.5.33': {
    title: 'Protection des enregistrements',
    text: 'Les enregistrements sont protégés contre la perte, la destruction, la falsification, l’accès et la divulgation non autorisés.',
  },
  'A.5.34': {
    title: 'Protection de la vie privée et des données à caractère personnel',
    text: 'Les exigences de protection de la vie privée et des données personnelles sont identifiées et satisfaites.',
  },
  'A.5.35': {
    title: 'Revue indépendante de la sécurité de l’information',
    text: 'L’approche de la sécurité et sa mise en œuvre sont revues de façon indépendante à intervalles planifiés ou lors de changements importants.',
  },
  'A.5.36': {
    title: 'Conformité aux politiques, règles et normes de sécurité de l’information',
    text: 'Le respect de la politique de sécurité, des politiques thématiques, des règles et des normes est vérifié régulièrement.',
  },
  'A.5.37': {
    title: 'Procédures d’exploitation documentées',
    text: 'Les procédures d’exploitation des moyens de traitement de l’information sont documentées et accessibles à ceux qui en ont besoin.',
  },
  'A.6.1': {
    title: 'Sélection des candidats',
    text: 'Des vérifications des antécédents sont menées avant l’embauche et au besoin, proportionnées au poste et au droit.',
  },
  'A.6.2': {
    title: 'Termes et conditions du contrat de travail',
    text: 'Les contrats de travail précisent les responsabilités de sécurité du personnel et de l’organisme.',
  },
  'A.6.3': {
    title: 'Sensibilisation, enseignement et formation en sécurité de l’information',
    text: 'Le personnel et les parties concernées reçoivent sensibilisation, enseignement et formation à la sécurité, régulièrement actualisés.',
  },
  'A.6.4': {
    title: 'Processus disciplinaire',
    text: 'Un processus disciplinaire formel et connu couvre les manquements à la politique de sécurité.',
  },
  'A.6.5': {
    title: 'Responsabilités après la fin ou le changement d’un emploi',
    text: 'Les obligations de sécurité qui subsistent après un départ ou un changement de poste sont définies, communiquées et appliquées.',
  },
  'A.6.6': {
    title: 'Accords de confidentialité ou de non-divulgation',
    text: 'Des accords de confidentialité reflétant vos besoins sont signés, revus et documentés.',
  },
  'A.6.7': {
    title: 'Travail à distance',
    text: 'Des mesures de sécurité protègent les informations consultées, traitées ou stockées lors du travail à distance.',
  },
  'A.6.8': {
    title: 'Déclaration des événements de sécurité de l’information',
    text: 'Chacun peut signaler rapidement, par des canaux connus, un événement de sécurité observé ou suspecté.',
  },
  'A.7.1': {
    title: 'Périmètres de sécurité physique',
    text: 'Des périmètres protégeant les zones contenant informations et actifs sont définis et utilisés.',
  },
  'A.7.2': {
    title: 'Les entrées physiques',
    text: 'Les zones sécurisées sont protégées par des contrôles d’entrée et des points d’accès.',
  },
  'A.7.3': {
    title: 'Sécurisation des bureaux, des salles et des installations',
    text: 'La sécurité physique des bureaux, salles et installations est conçue et mise en œuvre.',
  },
  'A.7.4': {
    title: 'Surveillance de la sécurité physique',
    text: 'Les locaux sont surveillés en continu contre les accès physiques non autorisés.',
  },
  'A.7.5': {
    title: 'Protection contre les menaces physiques et environnementales',
    text: 'Une protection contre les catastrophes naturelles, l’incendie, l’inondation et autres menaces physiques est conçue et mise en œuvre.',
  },
  'A.7.6': {
    title: 'Travail dans les zones sécurisées',
    text: 'Des mesures de sécurité pour le travail en zones sécurisées sont conçues et mises en œuvre.',
  },
  'A.7.7': {
    title: 'Bureau propre et écran vide',
    text: 'Des règles de bureau propre pour papiers et supports et d’écran verrouillé sont définies et appliquées.',
  },
  'A.7.8': {
    title: 'Emplacement et protection du matériel',
    text: 'Le matériel est installé en lieu sûr et protégé.',
  },
  'A.7.9': {
    title: 'Sécurité des actifs hors des locaux',
    text: 'Les actifs utilisés hors des locaux sont protégés.',
  },
  'A.7.10': {
    title: 'Supports de stockage',
    text: 'Les supports de stockage sont gérés sur tout leur cycle (acquisition, usage, transport, élimination) selon la classification.',
  },
  'A.7.11': {
    title: 'Services généraux',
    text: 'Les installations sont protégées contre les coupures de courant et autres défaillances des services généraux.',
  },
  'A.7.12': {
    title: 'Sécurité du câblage',
    text: 'Les câbles électriques et de données sont protégés contre l’interception, les interférences et les dommages.',
  },
  'A.7.13': {
    title: 'Maintenance du matériel',
    text: 'Le matériel est correctement entretenu pour garder les informations disponibles, intègres et confidentielles.',
  },
  'A.7.14': {
    title: 'Élimination ou recyclage sécurisé(e) du matériel',
    text: 'Le matériel contenant des supports est vérifié pour que données sensibles et logiciels sous licence soient retirés ou écrasés avant élimination ou réemploi.',
  },
  'A.8.1': {
    title: 'Terminaux finaux des utilisateurs',
    text: 'Les informations stockées sur les terminaux des utilisateurs, traitées par eux ou accessibles par eux sont protégées.',
  },
  'A.8.2': {
    title: 'Droits d’accès privilégiés',
    text: 'Les droits d’accès privilégiés sont restreints et gérés.',
  },
  'A.8.3': {
    title: 'Restriction d’accès aux informations',
    text: 'L’accès aux informations et actifs est restreint selon la politique de contrôle d’accès.',
  },
  'A.8.4': {
    title: 'Accès aux codes source',
    text: 'Les accès en lecture et écriture au code source, aux outils de développement et aux bibliothèques sont gérés.',
  },
  'A.8.5': {
    title: 'Authentification sécurisée',
    text: 'Une authentification sécurisée (par exemple multifacteur) est mise en œuvre selon les restrictions d’accès.',
  },
  'A.8.6': {
    title: 'Dimensionnement',
    text: 'L’usage des ressources est surveillé et ajusté aux besoins de capacité actuels et prévus.',
  },
  'A.8.7': {
    title: 'Protection contre les programmes malveillants',
    text: 'Une protection contre les logiciels malveillants est en place, appuyée par la sensibilisation des utilisateurs.',
  },
  'A.8.8': {
    title: 'Gestion des vulnérabilités techniques',
    text: 'Les informations sur les vulnérabilités techniques sont recueillies, l’exposition évaluée et des mesures adaptées prises.',
  },
  'A.8.9': {
    title: 'Gestion des configurations',
    text: 'Les configurations, y compris de sécurité, du matériel, des logiciels, des services et des réseaux sont établies, documentées, surveillées et revues.',
  },
  'A.8.10': {
    title: 'Suppression des informations',
    text: 'Les informations sont supprimées lorsqu’elles ne sont plus nécessaires.',
  },
  'A.8.11': {
    title: 'Masquage des données',
    text: 'Le masquage des données est utilisé selon la politique d’accès, les besoins métier et le droit.',
  },
  'A.8.12': {
    title: 'Prévention de la fuite de données',
    text: 'Des mesures contre la fuite de données s’appliquent aux systèmes, réseaux et appareils traitant des informations sensibles.',
  },
  'A.8.13': {
    title: 'Sauvegarde des informations',
    text: 'Des sauvegardes des informations, logiciels et systèmes sont conservées et testées selon une politique convenue.',
  },
  'A.8.14': {
    title: 'Redondance des moyens de traitement de l’information',
    text: 'Les moyens de traitement sont assez redondants pour satisfaire les exigences de disponibilité.',
  },
  'A.8.15': {
    title: 'Journalisation',
    text: 'Des journaux d’activités, d’exceptions, de défaillances et d’autres événements pertinents sont produits, conservés, protégés et analysés.',
  },
  'A.8.16': {
    title: 'Activités de surveillance',
    text: 'Réseaux, systèmes et applications sont surveillés pour détecter les comportements anormaux, et des suites y sont données.',
  },
  'A.8.17': {
    title: 'Synchronisation des horloges',
    text: 'Les horloges des systèmes de traitement sont synchronisées sur des sources de temps approuvées.',
  },
  'A.8.18': {
    title: 'Utilisation de programmes utilitaires à privilèges',
    text: 'Les utilitaires capables de contourner les contrôles des systèmes et applications sont restreints et étroitement contrôlés.',
  },
  'A.8.19': {
    title: 'Installation de logiciels sur des systèmes en exploitation',
    text: 'L’installation de logiciels sur les systèmes en exploitation est gérée de façon sécurisée.',
  },
  'A.8.20': {
    title: 'Sécurité des réseaux',
    text: 'Réseaux et équipements réseau sont sécurisés, gérés et contrôlés pour protéger les informations des systèmes et applications.',
  },
  'A.8.21': {
    title: 'Sécurité des services réseau',
    text: 'Mécanismes de sécurité, niveaux de service et exigences des services réseau sont identifiés, mis en œuvre et surveillés.',
  },
  'A.8.22': {
    title: 'Cloisonnement des réseaux',
    text: 'Les groupes de services, d’utilisateurs et de systèmes sont cloisonnés dans les réseaux.',
  },
  'A.8.23': {
    title: 'Filtrage web',
    text: 'L’accès aux sites web externes est géré pour limiter l’exposition aux contenus malveillants.',
  },
  'A.8.24': {
    title: 'Utilisation de la cryptographie',
    text: 'Des règles d’usage efficace de la cryptographie, gestion des clés comprise, sont définies et appliquées.',
  },
  'A.8.25': {
    title: 'Cycle de vie de développement sécurisé',
    text: 'Des règles de développement sécurisé des logiciels et systèmes sont établies et appliquées.',
  },
  'A.8.26': {
    title: 'Exigences de sécurité des applications',
    text: 'Les exigences de sécurité sont identifiées, spécifiées et approuvées lors du développement ou de l’acquisition d’applications.',
  },
  'A.8.27': {
    title: 'Principes d’ingénierie et d’architecture des systèmes sécurisés',
    text: 'Des principes d’ingénierie de systèmes sécurisés sont établis, documentés, tenus à jour et appliqués.',
  },
  'A.8.28': {
    title: 'Codage sécurisé',
    text: 'Des principes de codage sécurisé sont appliqués au développement logiciel.',
  },
  'A.8.29': {
    title: 'Tests de sécurité dans le développement et l’acceptation',
    text: 'Des processus de tests de sécurité sont définis et appliqués dans le cycle de développement.',
  },
  'A.8.30': {
    title: 'Développement externalisé',
    text: 'Le développement externalisé est dirigé, surveillé et revu.',
  },
  'A.8.31': {
    title: 'Séparation des environnements de développement, de test et de production',
    text: 'Les environnements de développement, de test et de production sont séparés et sécurisés.',
  },
  'A.8.32': {
    title: 'Gestion des changements',
    text: 'Les changements des moyens et systèmes de traitement suivent des procédures de gestion des changements.',
  },
  'A.8.33': {
    title: 'Informations de test',
    text: 'Les données de test sont choisies, protégées et gérées de façon appropriée.',
  },
  'A.8.34': {
    title: 'Protection des systèmes d’information en cours d’audit et de test',
    text: 'Les tests d’audit et autres activités d’assurance sur les systèmes en exploitation sont planifiés et convenus entre testeur et direction.',
  },
};

const controls42001: Texts = {
  'A.2.2': {
    title: 'Politique en matière d’IA',
    text: 'Une politique documentée pour le développement ou l’utilisation des systèmes d’IA est en place.',
  },
  'A.2.3': {
    title: 'Alignement avec les autres politiques de l’organisme',
    text: 'Vous avez déterminé où d’autres politiques (sécurité, vie privée, qualité…) sont concernées par vos objectifs d’IA ou s’y appliquent.',
  },
  'A.2.4': {
    title: 'Revue de la politique en matière d’IA',
    text: 'La politique d’IA est revue à intervalles planifiés, ou au besoin, pour rester pertinente et efficace.',
  },
  'A.3.2': {
    title: 'Rôles et responsabilités liés à l’IA',
    text: 'Les rôles et responsabilités en matière d’IA sont définis et attribués selon vos besoins.',
  },
  'A.3.3': {
    title: 'Signalement des préoccupations',
    text: 'Chacun peut signaler des préoccupations sur votre rôle vis-à-vis d’un système d’IA tout au long de son cycle de vie.',
  },
  'A.4.2': {
    title: 'Documentation des ressources',
    text: 'Les ressources nécessaires à chaque système d’IA à chaque étape de son cycle de vie, et aux autres activités liées à l’IA, sont identifiées et documentées.',
  },
  'A.4.3': {
    title: 'Ressources en données',
    text: 'Les ressources en données utilisées pour les systèmes d’IA sont documentées.',
  },
  'A.4.4': {
    title: 'Ressources en outils',
    text: 'Les outils utilisés pour les systèmes d’IA sont documentés.',
  },
  'A.4.5': {
    title: 'Ressources système et informatiques',
    text: 'Les ressources système et de calcul utilisées pour les systèmes d’IA sont documentées.',
  },
  'A.4.6': {
    title: 'Ressources humaines',
    text: 'Les personnes et compétences mobilisées pour les systèmes d’IA sont documentées.',
  },
  'A.5.2': {
    title: 'Processus d’étude d’impact des systèmes d’IA',
    text: 'Un processus évalue les conséquences possibles des systèmes d’IA pour les personnes, les groupes et la société sur leur cycle de vie.',
  },
  'A.5.3': {
    title: 'Documentation des études d’impact',
    text: 'Les résultats des études d’impact sont documentés et conservés pendant une durée définie.',
  },
  'A.5.4': {
    title: 'Évaluation de l’impact sur les personnes ou groupes de personnes',
    text: 'Les impacts possibles des systèmes d’IA sur les personnes et les groupes sont évalués et documentés.',
  },
  'A.5.5': {
    title: 'Évaluation des impacts sociétaux',
    text: 'Les impacts possibles des systèmes d’IA sur la société sont évalués et documentés.',
  },
  'A.6.1.2': {
    title: 'Objectifs de développement responsable',
    text: 'Des objectifs guidant le développement responsable des systèmes d’IA sont identifiés, documentés et intégrés au développement.',
  },
  'A.6.1.3': {
    title: 'Processus de conception et de développement responsables',
    text: 'Des processus de conception et de développement responsables des systèmes d’IA sont définis et documentés.',
  },
  'A.6.2.2': {
    title: 'Exigences et spécification',
    text: 'Les exigences des nouveaux systèmes d’IA, ou des modifications de systèmes existants, sont spécifiées et documentées.',
  },
  'A.6.2.3': {
    title: 'Documentation de la conception et du développement',
    text: 'La conception et le développement des systèmes d’IA sont documentés au regard des objectifs et exigences.',
  },
  'A.6.2.4': {
    title: 'Vérification et validation',
    text: 'Des mesures de vérification et de validation des systèmes d’IA sont définies et documentées, avec leurs critères d’emploi.',
  },
  'A.6.2.5': {
    title: 'Déploiement',
    text: 'Un plan de déploiement existe et les exigences sont satisfaites avant la mise en service d’un système d’IA.',
  },
  'A.6.2.6': {
    title: 'Exploitation et surveillance',
    text: 'Ce qu’exige l’exploitation des systèmes d’IA, surveillance, réparations, mises à jour et support compris, est défini et documenté.',
  },
  'A.6.2.7': {
    title: 'Documentation technique',
    text: 'La documentation technique dont chaque groupe de parties intéressées a besoin sur un système d’IA est déterminée et fournie.',
  },
  'A.6.2.8': {
    title: 'Enregistrement des journaux d’événements',
    text: 'Vous décidez à quelles étapes du cycle de vie la journalisation des événements est active, au minimum pendant l’utilisation du système d’IA.',
  },
  'A.7.2': {
    title: 'Données pour le développement et l’amélioration',
    text: 'Des processus de gestion des données pour développer et améliorer les systèmes d’IA sont définis, documentés et appliqués.',
  },
  'A.7.3': {
    title: 'Acquisition des données',
    text: 'La façon d’acquérir et de sélectionner les données des systèmes d’IA est déterminée et documentée.',
  },
  'A.7.4': {
    title: 'Qualité des données',
    text: 'Des exigences de qualité des données sont définies et les données utilisées pour les systèmes d’IA les respectent.',
  },
  'A.7.5': {
    title: 'Provenance des données',
    text: 'La provenance des données utilisées par les systèmes d’IA est enregistrée sur les cycles de vie des données et des systèmes.',
  },
  'A.7.6': {
    title: 'Préparation des données',
    text: 'Les critères de choix des préparations de données et les méthodes de préparation utilisées sont définis et documentés.',
  },
  'A.8.2': {
    title: 'Documentation du système et informations pour les utilisateurs',
    text: 'Les utilisateurs reçoivent les informations dont ils ont besoin sur le système d’IA.',
  },
  'A.8.3': {
    title: 'Signalement externe',
    text: 'Les parties intéressées peuvent signaler les effets néfastes du système d’IA.',
  },
  'A.8.4': {
    title: 'Communication des incidents',
    text: 'Un plan précise comment les incidents sont communiqués aux utilisateurs du système d’IA.',
  },
  'A.8.5': {
    title: 'Informations pour les parties intéressées',
    text: 'Vos obligations d’informer les parties intéressées sur le système d’IA sont déterminées et respectées.',
  },
  'A.9.2': {
    title: 'Processus d’utilisation responsable',
    text: 'Des processus d’utilisation responsable des systèmes d’IA sont définis et documentés.',
  },
  'A.9.3': {
    title: 'Objectifs d’utilisation responsable',
    text: 'Des objectifs guidant l’utilisation responsable des systèmes d’IA sont identifiés et documentés.',
  },
  'A.9.4': {
    title: 'Utilisation prévue du système d’IA',
    text: 'Les systèmes d’IA sont utilisés comme prévu et conformément à leur documentation d’accompagnement.',
  },
  'A.10.2': {
    title: 'Répartition des responsabilités',
    text: 'Les responsabilités dans le cycle de vie du système d’IA sont réparties entre vous, vos partenaires, fournisseurs, clients et tiers.',
  },
  'A.10.3': {
    title: 'Fournisseurs',
    text: 'Un processus garantit que les services, produits ou matériels des fournisseurs s’accordent avec votre approche d’une IA responsable.',
  },
  'A.10.4': {
    title: 'Clients',
    text: 'Votre approche responsable de l’IA tient compte des attentes et besoins des clients.',
  },
};

/** Textes français de l’analyse d’écarts complète. */
export const full: FullTranslation = {
  locale: 'fr',
  ui: {
    heading: 'Analyse d’écarts complète',
    intro:
      'Chaque exigence des articles 4 à 10 et chaque mesure de l’annexe A, l’une après l’autre, pour aboutir à un projet de déclaration d’applicabilité et à un registre des écarts. Comptez une heure ou plus par norme. Vos réponses sont enregistrées dans ce navigateur après chaque modification : vous pouvez vous arrêter et revenir plus tard.',
    unsaved:
      'Ce navigateur ne permet pas d’enregistrer votre progression : gardez la page ouverte jusqu’à l’export des résultats.',
    restored: 'Bon retour : vos réponses enregistrées sont restaurées.',
    discarded:
      'Vos réponses enregistrées concernaient une version antérieure de l’analyse et n’ont pas pu être restaurées.',
    quickDiscarded:
      'Vos réponses au diagnostic rapide concernaient une version antérieure et ne servent plus d’estimation.',
    loading: 'Chargement de l’analyse complète…',
    loadFailed: 'L’analyse complète n’a pas pu être chargée. Vérifiez votre connexion et rechargez la page.',
    start: 'Commencer',
    sections: 'Sections',
    profile: 'Votre organisme',
    progress: '{answered} sur {total} confirmés',
    prefilled: '{count} préremplis',
    sectionAnnounce: '{section} : {answered} sur {total} confirmés',
    unansweredOnly: 'Sans réponse uniquement',
    show: 'Afficher',
    all: 'Tout',
    unanswered: 'Sans réponse',
    excluded: 'Ne s’applique pas',
    nothingShown: 'Rien dans cette section ne correspond au filtre.',
    applicability: 'Cette mesure s’applique-t-elle à vous ?',
    applies: 'S’applique',
    doesNotApply: 'Ne s’applique pas',
    justification: 'Pourquoi elle ne s’applique pas',
    suggested: 'Justification proposée : {text}',
    useSuggestion: 'Reprendre cette justification',
    status: 'Où en est sa mise en œuvre ?',
    reasons: 'Pourquoi elle est retenue',
    details: 'Responsable, preuves et dates',
    owner: 'Responsable',
    evidence: 'Preuve (enregistrement, ticket, lien)',
    reference: 'Référence de mise en œuvre (document, procédure)',
    targetDate: 'Date cible',
    note: 'Note',
    carried: 'Repris de {refs}. Vérifiez que cela vaut aussi ici.',
    estimate: 'Estimé d’après votre réponse au diagnostic rapide. Confirmez ou modifiez.',
    confirm: 'Confirmer',
    related: 'Correspondances dans l’autre norme : {refs}',
    grade: 'Constat : {grade}',
    previous: 'Section précédente',
    next: 'Section suivante',
    results: 'Voir les résultats',
    back: 'Retour à l’analyse',
    resultsHeading: 'Résultats de l’analyse d’écarts',
    readiness: '{standard} : {score}\u202f% en place',
    readinessNone: '{standard} : rien d’évalué pour l’instant',
    reuse:
      'Vos réponses ISO/IEC 27001 couvrent déjà entièrement {implemented} des {of} exigences et mesures ISO/IEC 42001, et {partly} en partie.',
    gapsHeading: 'Registre des écarts',
    gapsEmpty: 'Aucun écart : chaque exigence et mesure évaluée est conforme.',
    sortBy: 'Trier par',
    sortGrade: 'Gravité',
    sortSection: 'Section',
    requirement: 'Exigence ou mesure',
    gradeColumn: 'Gravité',
    missing: 'Ce qui manque',
    nextStep: 'Prochaine étape',
    due: 'Date cible',
    documentsHeading: 'Informations documentées obligatoires',
    soaHeading: 'Déclaration d’applicabilité (projet)',
    downloadCsv: '{standard} : déclaration d’applicabilité (CSV)',
    downloadJson: '{standard} : déclaration d’applicabilité (JSON)',
    downloadResult: 'Résultat complet (JSON)',
    print: 'Imprimer ou enregistrer en PDF',
    gated:
      'Le registre des écarts, la liste des informations documentées et les projets de déclaration d’applicabilité s’affichent dès que vous envoyez le formulaire ci-dessous. Vos réponses restent enregistrées dans ce navigateur dans tous les cas.',
    unlocked:
      'Le registre des écarts, la liste de contrôle et les projets de déclaration d’applicabilité sont affichés ci-dessus.',
  },
  sections: {
    '27001:4': 'Article 4 · Contexte de l’organisme',
    '27001:5': 'Article 5 · Leadership',
    '27001:6': 'Article 6 · Planification',
    '27001:7': 'Article 7 · Support',
    '27001:8': 'Article 8 · Fonctionnement',
    '27001:9': 'Article 9 · Évaluation des performances',
    '27001:10': 'Article 10 · Amélioration',
    '27001:A.5': 'A.5 · Mesures organisationnelles',
    '27001:A.6': 'A.6 · Mesures liées aux personnes',
    '27001:A.7': 'A.7 · Mesures physiques',
    '27001:A.8': 'A.8 · Mesures technologiques',
    '42001:4': 'Article 4 · Contexte de l’organisme',
    '42001:5': 'Article 5 · Leadership',
    '42001:6': 'Article 6 · Planification',
    '42001:7': 'Article 7 · Support',
    '42001:8': 'Article 8 · Fonctionnement',
    '42001:9': 'Article 9 · Évaluation des performances',
    '42001:10': 'Article 10 · Amélioration',
    '42001:A.2': 'A.2 · Politiques relatives à l’IA',
    '42001:A.3': 'A.3 · Organisation interne',
    '42001:A.4': 'A.4 · Ressources des systèmes d’IA',
    '42001:A.5': 'A.5 · Évaluation des impacts des systèmes d’IA',
    '42001:A.6': 'A.6 · Cycle de vie des systèmes d’IA',
    '42001:A.7': 'A.7 · Données des systèmes d’IA',
    '42001:A.8': 'A.8 · Informations pour les parties intéressées',
    '42001:A.9': 'A.9 · Utilisation des systèmes d’IA',
    '42001:A.10': 'A.10 · Relations avec les tiers et les clients',
  },
  clauses,
  clauses27001,
  clauses42001,
  controls27001,
  controls42001,
  scoping: {
    heading: 'Périmètre de l’analyse',
    premises: {
      text: 'De quels locaux votre organisme dispose-t-il ?',
      options: {
        own: 'Nos propres bureaux, salles serveurs ou sites',
        shared: 'Des espaces dans un bâtiment partagé ou géré',
        none: 'Aucun : nous travaillons à distance sur des services en nuage',
      },
    },
    development: {
      text: 'Développez-vous des logiciels ?',
      options: {
        'in-house': 'Oui, en interne',
        outsourced: 'Uniquement via des prestataires ou agences',
        none: 'Non',
      },
    },
    aiSystems: {
      text: 'Quels systèmes d’IA relèvent du système de management de l’IA ? Un par ligne.',
      help: 'La déclaration d’applicabilité 42001 les nomme. Produits, modèles internes et services d’IA utilisés comptent tous.',
    },
  },
  statuses: {
    implemented: 'Mis en œuvre',
    partly: 'Partiellement mis en œuvre',
    planned: 'Prévu',
    'not-started': 'Pas commencé',
    unsure: 'Je ne sais pas',
  },
  grades: {
    conformant: 'Conforme',
    'minor-gap': 'Écart mineur',
    'major-gap': 'Écart majeur',
    'not-assessed': 'Non évalué',
  },
  reasons: {
    risk: 'Appréciation des risques',
    legal: 'Légal ou réglementaire',
    contractual: 'Contractuel',
    business: 'Besoin métier',
  },
  sources: {
    answer: 'Confirmé',
    carried: 'Repris',
    estimate: 'Estimation issue du diagnostic rapide',
    none: 'Sans réponse',
  },
  suggestions: {
    'no-premises':
      'Pas de locaux propres : nous travaillons à distance sur des services en nuage ; la protection physique des centres de données revient aux prestataires et relève des mesures fournisseurs et nuage (A.5.19–A.5.23).',
    'shared-premises':
      'Bâtiment partagé : le périmètre, les entrées, les services généraux et le câblage relèvent du bailleur selon le bail ; nous maîtrisons nos propres locaux.',
    'no-development':
      'Nous ne développons aucun logiciel, ni en interne ni en sous-traitance ; les logiciels sont acquis comme produits ou services et couverts par les mesures fournisseurs.',
    'no-ai':
      'Nous ne développons, ne fournissons ni n’utilisons de système d’IA propre ; les mesures de cycle de vie et de données n’ont pas d’objet.',
    'ai-procured':
      'Nous utilisons des systèmes d’IA de tiers tels que fournis et n’en concevons, développons ni entraînons aucun ; les mesures fournisseurs (A.10.3) portent les exigences.',
    'no-ai-customers': 'Nous ne fournissons aucun système ou service fondé sur l’IA à des clients.',
    'quick-na': 'Réponse « Ne nous concerne pas » au diagnostic rapide ; indiquez pourquoi.',
  },
  documents: {
    scope: 'Domaine d’application du système de management (4.3)',
    policy: 'Politique de sécurité de l’information (5.2)',
    'risk-assessment-process': 'Processus d’appréciation des risques (6.1.2)',
    'risk-treatment-process': 'Processus de traitement des risques (6.1.3)',
    soa: 'Déclaration d’applicabilité (6.1.3)',
    'risk-treatment-plan': 'Plan de traitement des risques (6.1.3)',
    objectives: 'Objectifs de sécurité de l’information (6.2)',
    competence: 'Preuves de compétence (7.2)',
    'operational-records': 'Preuves du déroulement prévu des processus (8.1)',
    'risk-assessment-results': 'Résultats de l’appréciation des risques (8.2)',
    'risk-treatment-results': 'Résultats du traitement des risques (8.3)',
    'monitoring-results': 'Résultats de surveillance et de mesure (9.1)',
    'audit-programme': 'Programme d’audit interne (9.2.2)',
    'audit-results': 'Résultats des audits internes (9.2.2)',
    'review-results': 'Résultats de la revue de direction (9.3.3)',
    nonconformities: 'Non-conformités et actions correctives (10.2)',
    'ai-policy': 'Politique en matière d’IA (5.2)',
    'ai-objectives': 'Objectifs d’IA (6.2)',
    'impact-assessment-process': 'Processus d’étude d’impact des systèmes d’IA (6.1.4)',
    'impact-assessment-results': 'Résultats des études d’impact des systèmes d’IA (8.4)',
  },
  documentStates: {
    present: 'En place, référencé',
    unreferenced: 'En place, sans référence',
    partial: 'Partiellement en place',
    missing: 'Manquant',
    unknown: 'Non évalué',
  },
  gap: {
    missing: {
      'excluded-unjustified': 'Exclu sans justification',
      unanswered: 'Pas encore évalué',
      unsure: 'Personne ne sait si c’est en place',
      'critical-partly': 'Seulement en partie en place, et la certification en dépend',
      partly: 'Seulement en partie en place',
      'control-planned-dated': 'Prévu, pas encore en place',
      missing: 'Pas en place',
    },
    next: {
      'excluded-unjustified': 'Écrivez pourquoi cela ne s’applique pas, ou incluez-le.',
      unanswered: 'Évaluez-le avec son responsable.',
      unsure: 'Interrogez le responsable et cherchez des preuves.',
      'critical-partly': 'À terminer en premier : l’audit d’étape 1 le vérifie.',
      partly: 'Comblez ce qui manque et consignez la preuve.',
      'control-planned-dated': 'Tenez la date cible et consignez la preuve.',
      missing: 'Donnez-lui un responsable et une date cible dans le plan de traitement des risques.',
    },
  },
  soa: {
    control: 'Mesure',
    title: 'Intitulé',
    theme: 'Thème',
    applicable: 'Applicable',
    reasons: 'Motif d’inclusion',
    exclusion: 'Justification de l’exclusion',
    status: 'État de mise en œuvre',
    source: 'Source',
    reference: 'Référence de mise en œuvre',
    owner: 'Responsable',
    evidence: 'Preuve',
    plannedDate: 'Date prévue',
    related: 'Mesures ISO/IEC 27001 associées',
    aiSystems: 'Systèmes d’IA du périmètre',
    yes: 'Oui',
    no: 'Non',
    reasonsToComplete: 'À compléter : risque, obligation légale, contrat ou besoin métier',
    exclusionSuggested: 'À trancher, exclusion proposée : {reason}',
    heading: 'Déclaration d’applicabilité (projet) : {standard}',
    draftNote:
      'Projet issu d’une auto-évaluation : les valeurs marquées « Repris » ou « Estimation » sont à confirmer avant l’approbation.',
    document: {
      title: 'Document',
      organisation: 'Organisation',
      version: 'Version',
      date: 'Date',
      preparedBy: 'Préparé par',
      approvedBy: 'Approuvé par',
      notApproved: 'Pas encore approuvé',
      status: 'Statut',
      draft: 'Projet',
      approved: 'Approuvé',
      notAssessed: '{count} exigences et mesures pas encore évaluées',
    },
  },
  work: {
    overall: '{answered} sur {total} confirmées',
    nextUnanswered: 'Suivante sans réponse',
    allAnswered: 'Toutes les exigences et mesures sont confirmées.',
    continueAt: 'Reprendre à {id}',
    restoredAt: 'Bon retour : nous avons restauré ce qui a été enregistré dans ce navigateur le {date}.',
    unsavedSince:
      'Les modifications faites après le {date} n’ont pas pu être enregistrées dans ce navigateur et n’y figurent pas. Si vous avez enregistré une copie dans un fichier, ouvrez-la.',
    saveFailed:
      'L’enregistrement dans ce navigateur s’est arrêté : son stockage est plein ou bloqué. Vos dernières modifications n’existent que sur cette page. Enregistrez dès maintenant une copie dans un fichier pour les conserver.',
    saveCopy: 'Enregistrer une copie (JSON)',
    openFile: 'Ouvrir une évaluation enregistrée',
    imported: 'L’évaluation enregistrée le {date} est ouverte.',
    importDamaged:
      'Ce fichier n’a pas pu être lu : ce n’est pas une évaluation enregistrée, ou il est endommagé. Rien n’a été modifié.',
    importVersion:
      'Ce fichier a été enregistré par une autre version de l’évaluation et ne peut pas être ouvert ici. Rien n’a été modifié.',
    importScope: 'Ce fichier porte sur d’autres normes que cette évaluation. Rien n’a été modifié.',
    importQuickDropped:
      'Ses réponses au test rapide appartiennent à une version antérieure et ont été écartées.',
    view: 'Affichage',
    cards: 'Une par une',
    table: 'Tableau',
    id: 'N°',
    title: 'Titre',
    applies: 'Applicable',
    select: 'Sélectionner {id}',
    selectAll: 'Sélectionner toutes les lignes affichées',
    openEntry: 'Ouvrir {id}',
    closeEntry: 'Fermer',
    keys: 'Touches sur une ligne : 1 Mise en œuvre, 2 En partie, 3 Prévue, 4 Pas commencée, 5 Incertain, 0 Non applicable, J ligne suivante, K ligne précédente, Entrée ouvre l’entrée.',
    keyAnnounce: '{id} : {value}',
    bulkHeading: 'Modifier plusieurs à la fois',
    bulkSelected: 'Porte sur les {count} sélectionnées',
    bulkShown: 'Porte sur les {count} affichées',
    markNotApplicable: 'Marquer non applicable',
    addReason: 'Ajouter un motif d’inclusion',
    setOwner: 'Définir le responsable',
    setDate: 'Définir l’échéance',
    apply: 'Appliquer',
    undo: 'Annuler : {action}',
    changed: '{action} : {count} modifiées. Vous pouvez annuler.',
    undone: 'Annulé : {action}',
    nothingChanged: 'Rien à modifier parmi ces entrées.',
    actionNotApplicable: 'marquées non applicables',
    actionReason: 'motif d’inclusion ajouté',
    actionOwner: 'responsable défini',
    actionDate: 'échéance définie',
    actionImport: 'évaluation enregistrée ouverte',
    withoutSuggestion:
      '{count} n’ont pas de justification proposée : indiquez pour chacune pourquoi elle ne s’applique pas.',
    lookIn: 'Chercher dans',
    thisSection: 'Cette section',
    everywhere: 'Toute l’évaluation',
    finding: 'Constat',
    any: 'Tous',
    ownerFilter: 'Le responsable contient',
    prefilledOnly: 'Préremplies seulement',
    matches: '{count} correspondent',
    desk: 'L’évaluation complète des écarts est conçue pour un bureau ou l’écran d’un atelier. Sur un téléphone, enregistrez une copie et ouvrez-la sur un ordinateur portable pour continuer.',
    exportMenu: 'Exporter',
    gapCsv: 'Registre des écarts (CSV)',
    folded: '{count} exigences et mesures pas encore évaluées',
    documentHeading: 'Informations documentaires pour les exports',
    organisation: 'Organisation cliente',
    preparedBy: 'Préparé par',
    approvedBy: 'Approuvé par',
    version: 'Version',
    preparedFor: 'Préparé pour {organisation}',
    printedOn: 'Date : {date}',
  },
};
