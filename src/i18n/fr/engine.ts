import type { engine as english } from '../en/engine.js';

/** Modèles français des explications du moteur ; clés et `{paramètres}` identiques à l’anglais. */
export const engine: typeof english = {
  // Déclaration : ce que l’organisation peut honnêtement affirmer aujourd’hui.
  'claim.certified-accredited':
    'Vous détenez un certificat {standard} délivré par un organisme de certification accrédité ; nous le retenons tel que déclaré.',
  'claim.certified-non-accredited':
    'Vous détenez un certificat {standard} délivré par un organisme non accrédité ; nous le retenons tel que déclaré.',
  'claim.aligned-verified':
    'Vous vous déclarez alignés sur l’{standard} et vos réponses le confirment : tous les jalons sont atteints et votre niveau de préparation est de {readiness}\u202f% (le seuil est de {threshold}\u202f%).',
  'claim.aligned-unverified':
    'Vous vous déclarez alignés sur l’{standard}, mais nous n’en avons pas vu les preuves : nous retenons donc une démarche en cours tant que les jalons n’ont pas été vérifiés.',
  'claim.aligned-not-evidenced':
    'Vous vous déclarez alignés sur l’{standard}, mais vos réponses ne le montrent pas : {missing} jalons sur {total} manquent et votre niveau de préparation est de {readiness}\u202f% (le seuil est de {threshold}\u202f%). L’affirmer ne suffit pas : nous retenons une démarche en cours.',
  'claim.aligned-earned':
    'Vos réponses montrent tous les jalons de l’{standard} atteints et un niveau de préparation de {readiness}\u202f% (le seuil est de {threshold}\u202f%) : vous pouvez honnêtement vous dire alignés.',
  'claim.in-progress':
    'La démarche {standard} a réellement démarré (un programme engagé ou un premier jalon atteint), mais il n’y a pas encore assez d’éléments en place pour vous dire alignés.',
  'claim.essential-missing':
    'Tous les jalons de l’{standard} sont atteints et votre niveau de préparation est de {readiness}\u202f%, mais il vous manque des domaines de mesures essentiels au regard de votre profil de risque ({missing} au total) : pas de déclaration d’alignement tant qu’ils ne sont pas en place.',
  'claim.none-practices':
    'Certaines pratiques de l’{standard} sont en place ({readiness}\u202f%), mais aucun programme n’est déclaré et aucun jalon du système de management n’est atteint : parler de « démarche en cours » serait exagéré. Première étape : {step}',
  'claim.none':
    'Peu ou rien de l’{standard} n’est encore en place, et aucun jalon du système de management n’est atteint.',
  'applies.iso42001.no-ai':
    'L’{standard} ne vous concerne pas aujourd’hui : vous ne développez ni n’utilisez d’IA. Ce serait le cas dès que vous développeriez de l’IA, ou utiliseriez une IA servant à des décisions concernant des personnes.',
  'applies.iso42001.procured':
    'L’{standard} ne vous concerne pas aujourd’hui : les outils d’IA que vous utilisez ne servent à aucune décision concernant des personnes et ne sont pas à haut risque. Ce serait le cas dès que vous développeriez de l’IA, ou qu’une IA que vous utilisez commencerait à éclairer de telles décisions.',
  'applies.iso42001.unknown':
    'Vous n’avez pas indiqué si vous utilisez l’IA : nous ne pouvons donc pas dire si l’{standard} vous concerne ; répondez à cette question pour le savoir.',

  // Exigence : ce que demandent clients, secteur et investisseurs.
  'requirement.iso27001.enterprise':
    'Les achats des grandes entreprises exigent en général un certificat {standard} accrédité et écartent volontiers l’alignement auto-déclaré.',
  'requirement.iso27001.government': 'Les marchés publics exigent un certificat {standard} accrédité.',
  'requirement.iso27001.regulated':
    'Dans un secteur réglementé, clients et autorités de contrôle attendent l’{standard} sous la forme d’un certificat accrédité.',
  'requirement.iso27001.investor-late':
    'Les due diligences préalables à une introduction en bourse ou à une acquisition se contentent rarement d’un alignement : attendez-vous à devoir présenter un certificat {standard} accrédité.',
  'requirement.iso27001.investor-growth':
    'Les investisseurs en phase de croissance (séries B et C) acceptent en général un alignement sur l’{standard} assorti d’un plan de certification daté ; nos sources ne parlent que de la série A et de la phase précédant l’introduction en bourse : attendez-vous donc à ce que la question se fasse plus pressante à chaque tour.',
  'requirement.iso27001.smb':
    'Les petits clients et les questionnaires de sécurité acceptent en général un alignement vérifiable : vos politiques, votre déclaration d’applicabilité, vos rapports de tests et vos enregistrements d’audit.',
  'requirement.iso27001.investor-early':
    'Les investisseurs en phase d’amorçage acceptent en général un alignement sur l’{standard} assorti d’un plan de certification clair.',
  'requirement.none': 'Aucun de vos clients ne demande l’{standard} aujourd’hui.',
  'requirement.iso42001.certificate-asked':
    'Un client ou un appel d’offres vous a demandé un certificat {standard} : l’exigence est donc un certificat accrédité.',
  'requirement.iso42001.high-risk-provider':
    'Le règlement européen sur l’IA exige un système de gestion des risques (art. 9) et, pour les fournisseurs, un système de gestion de la qualité (art. 17), pas l’{standard} ; un système de management de l’IA aligné sur l’{standard} est le moyen le plus direct de construire les deux, sans présomption de conformité.',
  'requirement.iso42001.high-risk-unsure':
    'Vous ne savez pas si votre IA est à haut risque au sens du règlement européen sur l’IA. Clarifiez-le : la réponse peut relever ce que clients et autorités attendent de vous.',
  'requirement.iso42001.enterprise-ai':
    'Les grandes entreprises et les acheteurs publics commencent à demander comment vous gouvernez l’IA que vous leur vendez ; pour l’instant, la plupart acceptent encore un alignement vérifiable sur l’{standard}.',
  'requirement.iso42001.emerging':
    'La demande pour l’{standard} est encore émergente : peu de clients exigent déjà un certificat, et le réseau d’organismes de certification accrédités pour cette norme se constitue encore.',
  'requirement.iso42001.no-presumption':
    'L’{standard} n’est pas une norme harmonisée au titre du règlement européen sur l’IA : la détenir, même certifiée, ne confère aucune présomption de conformité au règlement. Elle apporte des éléments de preuve pour plusieurs de ses articles.',

  // Déclaration et exigence comparées.
  'classification.meets':
    'Ce que vous pouvez affirmer aujourd’hui, {claim}, répond à ce que l’on attend de vous : {requirement}.',
  'classification.gap':
    'Ce que vous pouvez affirmer aujourd’hui, {claim}, reste en deçà de ce que l’on attend de vous : {requirement}.',

  // Points bloquants : ce qui sépare la déclaration du niveau suivant.
  'blocker.milestone.scope':
    'Définissez et documentez le domaine d’application de votre système de management {standard}.',
  'blocker.milestone.risk-assessment':
    'Menez une appréciation des risques pour l’{standard}, avec des critères documentés et un plan de traitement.',
  'blocker.milestone.soa':
    'Rédigez la déclaration d’applicabilité {standard} : quelles mesures de l’annexe A s’appliquent, pourquoi, et pourquoi les autres ne s’appliquent pas.',
  'blocker.milestone.impact-assessment':
    'Évaluez l’impact de chaque système d’IA sur les personnes et les groupes qu’il affecte, comme l’exige l’{standard}.',
  'blocker.milestone.internal-audit': 'Menez un audit interne de votre système de management {standard}.',
  'blocker.milestone.management-review':
    'Tenez une revue de direction des résultats {standard} et consignez les décisions prises.',
  'blocker.evidence-not-checked':
    'Vous vous déclarez alignés sur l’{standard}, mais les preuves n’ont pas été vérifiées : répondez aux questions sur le système de management, ou faites confirmer par quelqu’un que chaque jalon est réellement atteint.',
  'blocker.readiness-below-threshold':
    'Votre niveau de préparation pour l’{standard} est de {readiness}\u202f% ; une déclaration d’alignement honnête demande au moins {threshold}\u202f%.',
  'blocker.low-domain':
    '«\u202f{domain}\u202f» fait partie de vos domaines les plus faibles, à {score}\u202f%.',
  'blocker.certification-audit':
    'Faites-vous auditer par un organisme de certification accrédité pour l’{standard} : d’abord l’étape 1, la revue de vos documents, puis l’étape 2, l’audit du fonctionnement réel du système.',
  'blocker.non-accredited':
    'Votre certificat {standard} provient d’un organisme non accrédité, et les achats des grandes entreprises rejettent souvent ce type de certificat. Faites-vous recertifier par un organisme accrédité par un organisme national d’accréditation (COFRAC, SAS, UKAS, DAkkS…).',
  'blocker.certificate-at-risk':
    'D’après vos réponses, des jalons ou des domaines de mesures essentiels de l’{standard} manquent ({missing} au total) : le certificat est menacé au prochain audit de surveillance. Comblez d’abord ces manques.',
  'blocker.certificate-scope.partly':
    'Votre certificat {standard} ne couvre qu’une partie de ce que vos clients vous achètent ; ils en vérifient le périmètre : élargissez-le au prochain audit.',
  'blocker.certificate-scope.unsure':
    'Vérifiez que le périmètre inscrit sur votre certificat {standard} couvre les produits et services que vos clients achètent : eux le vérifieront.',
  'blocker.essential.access_control':
    'Mettez en place un contrôle d’accès (accès selon le besoin d’en connaître, retrait rapide, revues régulières) : sans cela, aucune déclaration d’alignement ne tient.',
  'blocker.essential.incident_management':
    'Mettez en place une gestion des incidents connue du personnel et éprouvée : sans cela, aucune déclaration d’alignement ne tient.',
  'blocker.essential.backup_continuity':
    'Protégez et testez vos sauvegardes, et planifiez la reprise après une perturbation : sans cela, aucune déclaration d’alignement ne tient.',
  'blocker.essential.supplier_security':
    'Évaluez la sécurité des fournisseurs et des services cloud sur lesquels vous vous appuyez : sans cela, aucune déclaration d’alignement ne tient.',
  'blocker.essential.change_management':
    'Planifiez, testez, approuvez et consignez les changements apportés à vos systèmes : sans cela, aucune déclaration d’alignement ne tient.',
  'blocker.essential.cryptography':
    'Chiffrez les données sensibles que vous détenez, selon une règle écrite sur les algorithmes et les clés : avec des données sensibles, aucune déclaration d’alignement ne tient sans cela.',
  'blocker.essential.ai_data':
    'Maîtrisez les données qui alimentent votre IA (provenance, qualité, représentativité, droit d’utilisation) : pour une IA que vous développez, aucune déclaration d’alignement ne tient sans cela.',
  'blocker.essential.ai_verification':
    'Testez chaque système d’IA ou nouvelle version au regard de critères d’acceptation (exactitude, robustesse, équité) avant sa mise en production : pour une IA que vous développez, aucune déclaration d’alignement ne tient sans cela.',
  'blocker.essential.ai_responsible_use':
    'Définissez les points où une personne examine les résultats de votre IA ou peut passer outre, et vérifiez que cela se fait : pour une IA qui affecte des personnes, aucune déclaration d’alignement ne tient sans cela.',
  'blocker.essential.ai_monitoring':
    'Surveillez votre IA en service (erreurs, dérive, détournements) et agissez en fonction de ce que vous constatez : lorsque l’IA est le produit, aucune déclaration d’alignement ne tient sans cela.',
  'blocker.essential.ai_suppliers':
    'Vérifiez l’IA que vous achetez au regard de vos exigences d’IA responsable, avant et pendant son utilisation : sans cela, aucune déclaration d’alignement ne tient.',

  // Message clé : une phrase par norme.
  headline: 'Ce que vous pouvez affirmer : {claim}. Ce que vos clients demandent : {requirement}.',
  'headline.investors':
    'Ce que vous pouvez affirmer : {claim}. Ce qu’attendent vos investisseurs : {requirement}.',
  'headline.sector': 'Ce que vous pouvez affirmer : {claim}. Ce qu’attend votre secteur : {requirement}.',
  'headline.regulation':
    'Ce que vous pouvez affirmer : {claim}. Ce qu’attend la réglementation : {requirement}.',
  'headline.no-requirement': 'Ce que vous pouvez affirmer : {claim}. Personne ne le demande encore.',
  'headline.claim.none': 'rien encore concernant l’{standard}',
  'headline.claim.in-progress': 'une démarche {standard} est en cours',
  'headline.claim.aligned': 'aligné sur l’{standard}',
  'headline.claim.certified-non-accredited': 'certifié {standard}, par un organisme non accrédité',
  'headline.claim.certified-accredited': 'certifié {standard} par un organisme accrédité',

  // Quelles normes.
  'standards.iso27001.sensitive-data':
    'Vous traitez des données sensibles : l’{standard} est le moyen reconnu de montrer que vous les protégez.',
  'standards.iso27001.regulated':
    'Votre secteur est réglementé : l’{standard} est le socle de sécurité qu’attendent autorités de contrôle et clients.',
  'standards.iso27001.buyers':
    'Vos clients ou vos investisseurs vous interrogent sur la sécurité : l’{standard} est la réponse habituelle à leurs questions.',
  'standards.iso27001.held':
    'Vous avez déjà commencé avec l’{standard} ({claim})\u202f; le plan s’appuie sur ce travail au lieu de repartir de zéro.',
  'standards.iso42001.core':
    'L’IA est votre produit : l’{standard} encadre la façon dont vous la concevez, la livrez et la surveillez.',
  'standards.iso42001.feature':
    'L’IA est l’une de vos fonctionnalités : l’{standard} couvre ce que les mesures de sécurité ne couvrent pas, comme les biais, la dérive, l’explicabilité et les effets sur les personnes.',
  'standards.iso42001.procured-affects-people':
    'L’IA que vous achetez sert à des décisions concernant des personnes : l’{standard} vous apporte pour cela l’évaluation d’impact, le contrôle humain et l’évaluation des fournisseurs.',
  'standards.iso42001.procured-high-risk':
    'L’IA que vous achetez pourrait être à haut risque au sens du règlement européen sur l’IA : l’{standard} vous aide à assumer les obligations d’un déployeur.',
  'standards.iso42001.held':
    'Vous avez déjà commencé avec l’{standard} ({claim})\u202f; le plan s’appuie sur ce travail au lieu de repartir de zéro.',
  'standards.not-needed': 'Rien dans votre profil n’appelle l’{standard} aujourd’hui.',
  'standards.iso42001.unknown':
    'Vous n’avez pas indiqué si vous utilisez l’IA : nous ne pouvons donc pas dire si l’{standard} vous est nécessaire.',
  'answers.none':
    'Vous n’avez répondu à aucune des questions de préparation (toutes laissées sans réponse ou en « Je ne sais pas ») : ce résultat repose donc uniquement sur votre profil.',
  'maturity.measured-higher':
    'D’après vos réponses, vos mesures de sécurité atteignent {readiness}\u202f%, un niveau plus solide que votre propre estimation : nous planifions avec le niveau mesuré.',
  'maturity.measured-lower':
    'D’après vos réponses, vos mesures de sécurité atteignent {readiness}\u202f%, un niveau plus faible que votre propre estimation : nous planifions avec le niveau mesuré.',
  'standards.out-of-scope':
    'L’{standard} conviendrait aussi à votre profil mais sort du cadre de cette évaluation ; renseignez-vous séparément.',

  // Ordre.
  'sequence.none': 'Rien à engager pour le moment.',
  'sequence.single': 'Une norme à travailler : {standard}.',
  'sequence.maintain':
    'Vous détenez déjà ce que l’on attend de vous : faites vivre le système de management et maintenez vos certificats à jour.',
  'sequence.restore':
    'Sur le papier, vous détenez ce que l’on attend de vous, mais vos réponses montrent que le système ne fonctionne pas comme il le devrait : remettez-le en état avant le prochain audit de surveillance, en commençant par les écarts listés.',
  'sequence.certify-only': 'Les deux normes sont en place : seul le certificat {standard} reste à obtenir.',
  'sequence.add-iso42001':
    'L’{iso27001} est en place : ajoutez-y l’{iso42001}, en réutilisant le système de management et les mesures de sécurité que vous appliquez déjà.',
  'sequence.add-iso27001':
    'L’{iso42001} est en place : ajoutez l’{iso27001}, en réutilisant le système de management que vous faites déjà fonctionner.',
  'sequence.iso27001-first.weak-security':
    'Votre maturité en sécurité est faible : commencez par l’{iso27001}, car la gouvernance de l’IA repose sur des fondations de sécurité comme le contrôle d’accès, la journalisation, l’évaluation des fournisseurs et la gestion des incidents.',
  'sequence.iso27001-first.certificate-first':
    'Vos clients ont besoin d’un certificat {iso27001} accrédité, alors que l’{iso42001} ne vise qu’un alignement : l’{iso27001} passe en premier, pour ne pas retarder le certificat qui débloque vos ventes ; l’{iso42001} suit dans le même système de management.',
  'sequence.iso27001-first.not-core':
    'L’IA n’est pas au cœur de votre produit et votre sécurité n’est que partiellement en place : commencer par l’{iso27001} est la voie pragmatique, l’{iso42001} venant ensuite s’y ajouter.',
  'sequence.iso42001-first':
    'L’IA est votre produit et votre sécurité est raisonnablement en place : la gouvernance de l’IA est le risque principal, donc l’{iso42001} vient en premier et l’{iso27001} suit dans le même système de management.',
  'sequence.together':
    'Vous abordez les deux normes avec une forte maturité en sécurité : planifiez-les ensemble dès le premier jour, en partageant domaine d’application, méthode d’appréciation des risques et audits, car fusionner plus tard deux systèmes construits séparément coûte presque autant que de repartir de zéro.',
  'sequence.together.core-strong':
    'L’IA est votre produit et votre sécurité est solide : concevez les deux normes comme un seul programme dès le premier jour, avec un catalogue de mesures unique rattaché aux deux ; fusionner plus tard deux systèmes construits séparément coûte presque autant que de repartir de zéro.',
  'sequence.together-certify':
    'Les deux normes sont en place mais pas encore certifiées comme vos clients le demandent : certifiez-les ensemble.',

  // Modèle d’organisation.
  'operating-model.unified':
    'Un système de management unique pour les deux normes : un domaine d’application, une méthode d’appréciation des risques, un audit interne et une revue de direction, chaque mesure étant rattachée à la norme qu’elle sert.',
  'operating-model.federated.separate-ai':
    'Votre équipe IA travaille à part du produit principal : faites fonctionner un système de management de l’IA qui lui est propre à côté du SMSI, en partageant la couche de gouvernance (politique, audit, revue de direction).',
  'operating-model.federated.high-risk':
    'Votre IA est à haut risque au sens du règlement européen sur l’IA et votre organisation ({size}) est assez grande pour porter un système de management de l’IA dédié ; les preuves qu’attend le règlement le justifient, avec une gouvernance partagée avec le SMSI.',
  'alternative.iso42001-first':
    'Autre voie : l’{iso42001} d’abord, défendable pour une entreprise dont l’IA est le cœur de métier ; c’est le bon choix si vos clients vous interrogent sur la gouvernance de l’IA avant de demander un certificat de sécurité.',
  'alternative.together':
    'Autre voie : les deux normes ensemble, sur une conception commune dès le premier jour ; c’est le bon choix si vous pouvez mobiliser les équipes pour les deux à la fois, et c’est moins coûteux que de fusionner deux systèmes plus tard.',
  'alternative.iso27001-first':
    'Autre voie : l’{iso27001} d’abord ; c’est le bon choix si un contrat exige le certificat de sécurité avant que quiconque ne s’intéresse à votre IA.',
  'alternative.separate-audits':
    'Autre voie : deux audits distincts ; c’est le bon choix si votre organisme de certification n’est pas encore accrédité pour l’{iso42001}, ou si un contrat exige l’un des certificats avant que l’autre système soit prêt.',
  'alternative.federated':
    'Autre voie : un système de management de l’IA distinct, partageant la gouvernance avec le SMSI ; c’est le bon choix si l’équipe IA travaille à part du produit, ou si les preuves qu’exige une IA à haut risque dépassent ce qu’un seul système peut porter.',
  'alternative.unified':
    'Autre voie : un seul système pour les deux normes ; c’est le bon choix si votre activité d’IA relève des équipes produit et qu’un rythme d’audit unique est plus simple à tenir.',

  // Cibles.
  'target.certified': 'Cible pour l’{standard} : un certificat accrédité, parce qu’on vous le demande.',
  'target.held': 'Cible pour l’{standard} : maintenir votre certificat accrédité.',
  'target.aligned':
    'Cible pour l’{standard} : un alignement démontrable. Certifiez plus tard, lorsqu’un contrat ou un appel d’offres l’exigera.',
  'target.aligned-certificate-later':
    'Cible pour l’{standard} : un alignement démontrable dès maintenant. Quand on vend une IA à haut risque à de grands clients, il faut s’attendre à ce qu’un certificat soit demandé à mesure que des organismes accrédités deviennent disponibles ; certifiez lorsqu’un contrat l’exigera.',

  // Phases.
  'phase.align': 'S’aligner sur l’{standard}',
  'phase.certify': 'Certification {standard} par un organisme accrédité',
  'phase.recertify': 'Recertification {standard} par un organisme accrédité',
  'phase.restore': 'Remettre en état le système {standard} avant le prochain audit de surveillance',
  'phases.align-27001':
    'S’aligner sur l’{standard} en partant de zéro prend environ {min} à {max} semaines, surtout de travail interne.',
  'phases.align-42001-on-top':
    'Sur la base d’un système {iso27001} existant, s’aligner sur l’{iso42001} demande environ {min} à {max} semaines de travail propre à l’IA.',
  'phases.align-42001-together':
    'Dans un programme unique, le travail propre à l’{iso42001} prend environ {min} à {max} semaines et se déroule dans la dernière partie de l’alignement sur l’{iso27001}, de sorte que les deux soient prêts pour un même audit.',
  'phases.align-42001-standalone':
    'Sans système {iso27001} sous-jacent, s’aligner sur l’{iso42001} prend environ {min} à {max} semaines, car les fondations de sécurité doivent être bâties à l’intérieur.',
  'phases.align-27001-after-42001':
    'Les fondations de sécurité déjà bâties au sein de l’{iso42001} ne comptent qu’une fois : le travail qui reste ensuite pour l’{iso27001} prend environ {min} à {max} semaines.',
  'phases.scaled':
    'D’après vos réponses, votre niveau de préparation pour l’{standard} est de {readiness}\u202f% : sa phase d’alignement se réduit à environ {min} à {max} semaines.',
  'phases.scaled.specific':
    'D’après vos réponses, {readiness}\u202f% du travail propre à l’{standard} est fait : cette phase se réduit donc à environ {min} à {max} semaines ; le travail commun avec l’autre norme est déjà pris en compte dans le chiffre de base.',
  'phases.size.small':
    'Une petite organisation ({size}) se situe dans le bas des fourchettes publiées : pour l’{standard}, nous prévoyons {min} à {max} semaines.',
  'phases.size.large':
    'Une grande organisation ({size}) se situe dans le haut des fourchettes publiées : pour l’{standard}, nous prévoyons {min} à {max} semaines.',
  'phases.restore':
    'À votre niveau de préparation, remettre en fonctionnement le système {standard} prend environ {min} à {max} semaines ; c’est précisément ce que vérifiera le prochain audit de surveillance.',
  'phases.certify':
    'D’un système aligné au certificat, comptez environ {min} à {max} semaines : étape 1, correction des constats, étape 2 et décision de certification.',
  'phases.integrated-audit':
    'Les deux normes sont certifiées dans une même fenêtre, lors d’un audit intégré mené par un seul organisme, plutôt que lors de deux audits successifs.',
  'phases.end-to-end':
    'Les chiffres publiés pour l’{iso42001} diffèrent parce qu’ils ne mesurent pas la même chose : {onTopMin} à {onTopMax} semaines correspondent au travail d’alignement sur la base de l’{iso27001}, tandis que {withMin} à {withMax} semaines ({withoutMin} à {withoutMax} sans l’{iso27001}) vont du lancement au certificat, audits compris.',

  // Coûts.
  'costs.band.small':
    'Coûts pour une petite organisation ({size}) : {fees} d’honoraires de l’organisme de certification sur le premier cycle, et {effort} d’effort interne en temps et en outils.',
  'costs.band.medium':
    'Coûts pour une organisation de taille moyenne ({size}) : {fees} d’honoraires de l’organisme de certification sur le premier cycle, et {effort} d’effort interne en temps et en outils.',
  'costs.band.large':
    'Coûts pour une grande organisation ({size}) : {fees} d’honoraires de l’organisme de certification sur le premier cycle, et {effort} d’effort interne en temps et en outils.',
  'costs.aligned-already':
    'Vous êtes déjà alignés sur l’{standard} : l’essentiel du travail interne est fait, et nous comptons environ {share}\u202f% de l’effort interne habituel.',
  'costs.recertify':
    'Transférer votre certification {standard} vers un organisme accrédité réutilise le système que vous faites déjà fonctionner : nous comptons environ {share}\u202f% de l’effort interne habituel.',
  'costs.integrated':
    'Certifiée lors du même audit intégré, l’{standard} coûte environ {share}\u202f% d’une certification séparée, en honoraires comme en effort interne ; demandez un devis pour un audit intégré.',
  'costs.none': 'La certification n’est pas encore l’objectif : aucun coût de certification ne s’applique.',
  'costs.none.held':
    'Vous détenez déjà les certificats que l’on vous demande : seuls les audits de surveillance annuels restent à budgéter.',
  'size.people': '{employees} personnes',
  'size.band.1-9': '1 à 9 personnes',
  'size.band.10-49': '10 à 49 personnes',
  'size.band.50-249': '50 à 249 personnes',
  'size.band.250-999': '250 à 999 personnes',
  'size.band.1000-plus': '1\u202f000 personnes ou plus',

  // Réutilisation.
  'reuse.quoted':
    'Entre {min} et {max}\u202f% du travail réalisé pour l’{iso27001} se réutilise pour l’{iso42001}. Les chiffres varient parce que les sources ne mesurent pas la même chose : {docMin} à {docMax}\u202f% de la charge documentaire, {polMin} à {polMax}\u202f% des documents, politiques et processus, {ctlMin} à {ctlMax}\u202f% des mesures fondamentales. Répondez aux questions de l’évaluation pour obtenir votre propre chiffre.',
  'reuse.computed':
    'Entre {min} et {max}\u202f% du travail réalisé pour l’{iso27001} se réutilise pour l’{iso42001}. Les chiffres varient parce que les sources ne mesurent pas la même chose : {docMin} à {docMax}\u202f% de la charge documentaire, {polMin} à {polMax}\u202f% des documents, politiques et processus, {ctlMin} à {ctlMax}\u202f% des mesures fondamentales. D’après vos réponses, votre système de management de la sécurité de l’information couvre déjà environ {computed}\u202f% du travail pour l’{iso42001} : les pratiques communes en totalité, et la part du travail propre à l’IA que vos processus existants prennent en charge, comme un programme d’audit unique étendu à l’IA (« En partie » compte pour moitié).',
  'reuse.reverse':
    'Votre système {iso42001} se réutilise pour l’{iso27001} : même structure d’articles, même audit et même revue de direction, et les mesures de sécurité sur lesquelles repose votre IA. Nos sources ne mesurent que l’autre sens ({min} à {max}\u202f%) : ne prenez ce chiffre que comme un ordre de grandeur.',
  'reuse.reverse.computed':
    'Votre système {iso42001} se réutilise pour l’{iso27001} : même structure d’articles, même audit et même revue de direction, et les mesures de sécurité sur lesquelles repose votre IA. D’après vos réponses, {computed}\u202f% du travail pondéré pour l’{iso27001} repose sur des pratiques communes aux deux normes que vous appliquez déjà (« En partie » compte pour moitié) ; nos sources ne mesurent que l’autre sens ({min} à {max}\u202f%).',

  // Liens réglementaires.
  'regulatory.eu-ai-act.provider':
    'Vous mettez de l’IA sur le marché de l’UE en tant que fournisseur : voici les articles du règlement européen sur l’IA pour lesquels votre travail sur l’{iso42001} apporte des éléments de preuve. L’{iso42001} n’est pas une norme harmonisée : rien de tout cela ne confère de présomption de conformité au règlement.',
  'regulatory.eu-ai-act.provider-deployer':
    'Vous développez de l’IA et l’utilisez vous-mêmes dans l’UE : vous en êtes à la fois le fournisseur et le déployeur, et les obligations des deux rôles s’appliquent ; voici les articles du règlement européen sur l’IA pour lesquels votre travail sur l’{iso42001} apporte des éléments de preuve, sans présomption de conformité.',
  'regulatory.eu-ai-act.literacy':
    'Vous utilisez l’IA dans l’UE : l’obligation de maîtrise de l’IA prévue par le règlement s’applique à vous, même si l’{iso42001} ne vous concerne pas encore.',
  'regulatory.eu-ai-act.outside-42001':
    'L’évaluation de la conformité, la déclaration UE de conformité, le marquage CE et l’enregistrement dans la base de données de l’UE sortent du champ de l’{iso42001} : prévoyez-les comme un travail produit, pour chaque système à haut risque.',
  'regulatory.eu-ai-act.deployer':
    'Vous utilisez de l’IA dans l’UE en tant que déployeur : voici les articles du règlement européen sur l’IA pour lesquels votre travail sur l’{iso42001} apporte des éléments de preuve. L’{iso42001} n’est pas une norme harmonisée : rien de tout cela ne confère de présomption de conformité au règlement.',
  'regulatory.high-risk-unsure':
    'Vous ne savez pas si votre IA est à haut risque ; les articles applicables aux systèmes à haut risque figurent donc aussi dans la liste : vérifiez vos systèmes au regard de l’annexe III du règlement.',
  'regulatory.nist':
    'Vous vendez aux États-Unis : l’{iso42001} couvre les quatre fonctions du NIST AI Risk Management Framework (GOVERN, MAP, MEASURE, MANAGE).',
  'regulatory.eu-ai-act.art-4':
    'Maîtrise de l’IA pour toute personne qui conçoit ou utilise l’IA. Le travail sur les compétences et la sensibilisation apporte des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-9':
    'Un système de gestion des risques tenu à jour pour chaque système à haut risque. Les appréciations des risques et les évaluations d’impact liées à l’IA apportent des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-10':
    'Des données d’entraînement, de validation et de test adaptées à la finalité et examinées quant aux biais. Les mesures relatives aux données pour l’IA apportent des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-11':
    'Une documentation technique conforme à l’annexe IV. Les enregistrements du cycle de vie en couvrent une partie ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-12':
    'Des journaux d’événements automatiques, à intégrer au produit. Les mesures relatives aux journaux d’événements apportent des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-13':
    'Transparence et notice d’utilisation pour les déployeurs. Les informations destinées aux utilisateurs apportent des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-14':
    'Un contrôle humain intégré dès la conception du système. Les mesures d’utilisation responsable en couvrent une partie ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-15':
    'Exactitude, robustesse et cybersécurité. La vérification, la surveillance et les mesures ISO/IEC 27001 apportent des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-17':
    'Un système de gestion de la qualité pour les fournisseurs d’IA à haut risque. Le système de management de l’IA en est l’équivalent le plus proche, mais des éléments propres à chaque système restent nécessaires ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-26':
    'Obligations des déployeurs : utilisation conforme à la notice, contrôle humain confié à des personnes désignées, conservation des journaux pendant au moins six mois. Les mesures relatives à l’utilisation et aux fournisseurs apportent des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-27':
    'Une analyse d’impact sur les droits fondamentaux pour les organismes publics et certains déployeurs, comme pour l’évaluation de la solvabilité ou la tarification d’assurance. L’évaluation d’impact de l’IA en couvre une partie ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-50':
    'Informer les personnes qu’elles ont affaire à une IA et marquer les contenus générés. Les informations pour les parties intéressées apportent des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-72':
    'Surveillance après commercialisation des systèmes à haut risque, avec un plan par système. La surveillance et l’amélioration apportent des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.eu-ai-act.art-73':
    'Signalement des incidents graves dans les délais légaux. La communication sur les incidents et les actions correctives apportent des éléments de preuve ; pas de présomption de conformité.',
  'regulatory.nist.govern':
    'GOVERN : politiques, responsabilités, compétences et tiers ; politique IA, rôles et mesures relatives aux fournisseurs s’y rattachent.',
  'regulatory.nist.map':
    'MAP : contexte, risques et impacts de chaque système ; analyse du contexte et évaluation d’impact s’y rattachent.',
  'regulatory.nist.measure':
    'MEASURE : tester et suivre la fiabilité ; vérification et surveillance s’y rattachent.',
  'regulatory.nist.manage':
    'MANAGE : traiter, surveiller et communiquer les risques ; traitement des risques et revue de direction s’y rattachent.',

  // Prochaines étapes, dans l’ordre où elles sont proposées.
  'step.none.basics':
    'Consignez les bases de sécurité que vous appliquez déjà (contrôle d’accès, authentification multifacteur, sauvegardes, mises à jour) pour pouvoir répondre à un questionnaire client.',
  'step.none.revisit':
    'Refaites cette évaluation lorsqu’un client vous enverra un questionnaire de sécurité, que vous lèverez des fonds ou que vous commencerez à développer avec l’IA.',
  'step.none.ai-tools':
    'Si vous utilisez des outils d’IA, tenez-en la liste, ainsi que celle des décisions concernant des personnes qu’ils aident à prendre.',
  'step.classify-ai-act':
    'Déterminez si l’un de vos systèmes d’IA est à haut risque au sens du règlement européen sur l’IA (annexe III : recrutement, crédit, santé, éducation, infrastructures critiques…) ; d’ici là, planifiez comme s’il l’était.',
  'step.gap-analysis-27001':
    'Menez une analyse des écarts par rapport aux articles 4 à 10 et à l’annexe A de l’{standard}, puis rédigez la déclaration d’applicabilité à partir de votre appréciation des risques.',
  'step.unified-design':
    'Avant d’écrire la moindre politique, concevez un catalogue de mesures unique, chaque mesure rattachée aux normes qu’elle sert, avec un seul domaine d’application, une seule méthode d’appréciation des risques, un seul programme d’audit et une seule revue de direction pour les deux.',
  'step.restore':
    'Remettez d’abord en état votre système {standard} : atteignez les jalons manquants et comblez les écarts de mesures avant que le prochain audit de surveillance ne les relève.',
  'step.essential':
    'Comblez les écarts listés pour l’{standard} dans les domaines de mesures essentiels : une déclaration d’alignement suppose qu’ils soient en place.',
  'step.certificate-scope':
    'Comparez le périmètre inscrit sur votre certificat {standard} avec ce que vos clients achètent, et élargissez-le au prochain audit s’il ne suffit pas.',
  'step.ai-literacy':
    'Donnez à toute personne qui utilise des outils d’IA une maîtrise de base de l’IA (ce que font ces outils, leurs limites, les données qui ne doivent jamais y être saisies) : le règlement européen sur l’IA l’attend.',
  'step.map-42001':
    'Consacrez {min} à {max} semaines à rapprocher les objectifs de mesures de l’{iso42001} de votre SMSI : quelles mesures les couvrent déjà, lesquelles doivent être étendues, lesquelles sont nouvelles.',
  'step.extend-risk-register':
    'Ajoutez les risques liés à l’IA (biais, dérive, explicabilité, effets sur les personnes) à votre registre des risques existant plutôt que d’en ouvrir un second.',
  'step.ai-inventory':
    'Recensez chaque système d’IA que vous développez, livrez ou achetez, avec sa finalité et les personnes qu’il affecte : cette liste fixe le domaine d’application du système de management de l’IA.',
  'step.impact-assessment':
    'Menez une évaluation d’impact pour chaque système d’IA qui affecte des personnes, et mettez-la à jour à chaque évolution du système.',
  'step.internal-audit':
    'Avant de vous dire alignés, menez un audit interne et une revue de direction, et corrigez ce qu’ils relèvent.',
  'step.recertify':
    'Transférez votre certification {standard} vers un organisme de certification accrédité par un organisme national d’accréditation (COFRAC, SAS, UKAS, DAkkS…) avant qu’un client ne refuse votre certificat.',
  'step.check-accreditation-27001':
    'Choisissez un organisme de certification accrédité pour l’{standard} par un organisme national d’accréditation (COFRAC, SAS, UKAS, DAkkS…) et vérifiez ses certificats dans IAF CertSearch.',
  'step.check-accreditation-42001':
    'Avant de signer, vérifiez auprès du COFRAC, du SAS, de l’UKAS, de la DAkkS ou de votre organisme national que la portée d’accréditation de votre organisme de certification couvre l’{standard} : tous les organismes accrédités pour l’ISO/IEC 27001 ne le sont pas encore pour la 42001.',
  'step.maintain':
    'Faites vivre le système : audit interne et revue de direction selon le calendrier prévu, et audit de surveillance annuel pour tout certificat.',
  'step.review-scope':
    'Revoyez le domaine d’application dès que vous ajoutez des produits, des systèmes d’IA ou des marchés.',
  'blocker.certificate-nonconformities':
    '{missing} jalon(s) de l’{standard} ne sont qu’en partie en place : attendez-vous à des non-conformités au prochain audit de surveillance, et corrigez-les avant.',
  'blocker.certificate-2013':
    'Votre certificat {standard} se rapporte à l’édition 2013 : ces certificats ont perdu leur validité après le 31 octobre 2025 (IAF MD 26), vous ne pouvez donc plus vous en prévaloir. Faites-vous certifier selon l’édition 2022, en commençant par les mesures qu’elle a ajoutées, comme le renseignement sur les menaces.',
  'blocker.certificate-expired':
    'Votre certificat {standard} a expiré ou a été retiré, vous ne pouvez donc plus vous en prévaloir : un nouvel audit de certification est nécessaire.',
  'blocker.certificate-suspended':
    'Votre certificat {standard} est suspendu et ne peut pas être invoqué tant que dure la suspension. Demandez dès maintenant au même organisme de certification ce qu’il lui faut pour le rétablir avant son retrait : cela coûte bien moins qu’un nouvel audit initial.',
  'blocker.certificate-state-unsure':
    'Vérifiez l’édition et la date d’expiration inscrites sur votre certificat {standard} : depuis le 1er novembre 2025, seul un certificat valide selon l’édition 2022 peut être invoqué.',
  'blocker.essential.data_protection':
    'Fixez des règles sur ce qui peut être saisi dans les outils d’IA et vérifiez qu’elles sont respectées : des données de clients ou sensibles copiées dans des services d’IA publics échappent à votre contrôle.',
  'target.lapsed':
    'Objectif pour l’{standard} : de nouveau un certificat accrédité valide, comme vous en aviez un ; les acheteurs en vérifient l’édition et les dates.',
  'sequence.iso27001-first.certificate-first.no-buyers':
    'Un certificat {iso27001} accrédité est attendu de vous et l’{iso42001} n’est qu’un objectif d’alignement : l’{iso27001} passe en premier, et l’{iso42001} suit sur le même système.',
  'requirement.iso27001.public-body':
    'Vous n’avez pas d’acheteurs à satisfaire : les référentiels nationaux de sécurité de votre secteur et, lorsqu’elle s’applique, la directive NIS2 fixent ce que l’on attend de vous. Un alignement sur l’{standard} en apporte l’essentiel des preuves ; un certificat relève de votre choix.',
  'phase.reinstate': 'Faire rétablir la certification {standard} par votre organisme',
  'phases.restore.capped':
    'Remettre l’{standard} en état de marche prendrait plus de temps qu’il n’en reste avant le prochain audit de surveillance : prévoyez {min} à {max} semaines et prévenez dès maintenant votre organisme de certification, car une non-conformité majeure peut conduire à une suspension.',
  'phases.floor-42001':
    'Nous ne descendons pas sous {min} à {max} semaines pour l’{standard} : une IA à haut risque, un modèle à usage général, une grande organisation ou une analyse d’impact et un audit interne encore à faire demandent tout l’effort que prévoient les sources.',
  'costs.scaled':
    'L’effort interne suit le travail qui reste : à {readiness}\u202f% de niveau de préparation, nous comptons environ {share}\u202f% de l’effort interne habituel pour l’{standard}.',
  'costs.on-top':
    'L’{standard} sur votre système {iso27001} en place en réutilise {min} à {max}\u202f% du travail : nous comptons donc {lowShare} à {highShare}\u202f% de l’effort interne habituel.',
  'costs.integrated-surveillance':
    'Demandez que l’audit initial {standard} soit combiné avec le prochain audit de surveillance de votre certificat {iso27001}, en un seul audit intégré : nous comptons environ {share}\u202f% des honoraires d’audit habituels.',
  'costs.small-team':
    'Avec moins de 10 personnes, les fourchettes publiées supposent une équipe : nous comptons donc plutôt votre propre temps, soit environ {minDays} à {maxDays} jours-personne, valorisés au taux journalier qui sous-tend les chiffres.',
  'regulatory.eu-ai-act.art-53':
    'Obligations des fournisseurs de modèles d’IA à usage général : documentation technique du modèle, informations pour les fournisseurs qui s’appuient dessus, politique de respect du droit d’auteur de l’Union et résumé public des contenus utilisés pour l’entraînement. Elles s’appliquent depuis le 2 août 2025 ; l’{iso42001} n’en couvre qu’une faible part.',
  'regulatory.eu-ai-act.art-54':
    'Si vous êtes établi hors de l’Union, désignez par écrit un mandataire dans l’Union avant que votre modèle ne soit mis sur le marché européen.',
  'regulatory.eu-ai-act.art-55':
    'Un modèle présentant un risque systémique ajoute : une évaluation comprenant des tests adverses, l’évaluation et la réduction des risques systémiques, le signalement des incidents graves au Bureau de l’IA et une cybersécurité adaptée pour le modèle et son infrastructure.',
  'regulatory.eu-ai-act.gpai':
    'Vous développez un modèle d’IA à usage général sur lequel d’autres s’appuient : les obligations du règlement pour ces modèles s’appliquent à vous dans l’Union, quelle que soit la classe de risque des systèmes construits dessus. L’{iso42001} leur donne un cadre de management mais ne les couvre pas.',
  'regulatory.eu-ai-act.gpai-unsure':
    'Vous ne savez pas si votre modèle est un modèle d’IA à usage général : si d’autres construisent leurs propres systèmes dessus, les obligations de l’art. 53 s’appliquent ; tranchez la question avant de le proposer dans l’Union.',
  'regulatory.eu-ai-act.art-26-7':
    'Avant qu’un système d’IA à haut risque ne soit utilisé sur le lieu de travail, informez les représentants des travailleurs et le personnel concerné.',
  'regulatory.eu-ai-act.medical-device':
    'Si votre IA est un dispositif médical ou en fait partie, sa voie de conformité passe par un organisme notifié au titre du règlement MDR ou IVDR, qui vérifie les exigences du règlement sur l’IA dans la même évaluation.',
  'regulatory.eu-ai-act.dates':
    'Dans le texte actuel du règlement, les obligations pour les systèmes à haut risque de l’annexe III s’appliquent à partir du 2 août 2026, et pour l’IA intégrée aux produits de l’annexe I, comme les dispositifs médicaux, à partir du 2 août 2027.',
  'regulatory.eu-ai-act.research':
    'Vous développez et utilisez votre IA uniquement pour la recherche scientifique : le règlement européen sur l’IA ne s’y applique pas (art. 2, par. 6). Ses obligations commencent dès qu’un système est mis sur le marché ou mis en service hors de la recherche.',
  'regulatory.dora':
    'L’{iso27001} apporte une grande partie des preuves pour le cadre de gestion du risque lié aux TIC ; il ne remplace ni le registre des prestataires tiers de services TIC, ni la notification des incidents à votre autorité, ni les tests de pénétration fondés sur la menace.',
  'regulatory.nis2':
    'L’{iso27001} apporte des preuves pour la plupart des mesures de gestion des risques ; les règles nationales y ajoutent l’enregistrement, les délais de notification des incidents et la responsabilité de la direction.',
  'regulatory.sectors':
    'Votre secteur a ses propres règles de sécurité : l’{iso27001} aide à les respecter, comme indiqué, sans les remplacer.',
  'alternative.soc2':
    'Alternative pour les acheteurs américains : beaucoup acceptent un rapport SOC 2 Type II à la place de l’{iso27001} ; l’{iso27001} est mieux reconnue si vous vendez ensuite dans l’Union ou au Royaume-Uni.',
  'step.reinstate':
    'Demandez à votre organisme de certification ce qu’il lui faut pour lever la suspension de votre certificat {standard}, et traitez ces constats avant l’échéance qu’il fixe.',
  'step.transition-2022':
    'Planifiez un audit de transition vers l’édition 2022 de l’{standard} : mettez la déclaration d’applicabilité à jour avec les 93 mesures et comblez les écarts sur celles que l’édition 2022 a ajoutées.',
  'step.ai-risk-early':
    'Lancez dès maintenant, en parallèle du travail sur l’{iso27001}, la gestion des risques que le règlement européen sur l’IA exige pour votre système à haut risque (art. 9) et son analyse d’impact : ces obligations n’attendent pas le certificat de sécurité.',
  'step.keep-evidence':
    'Gardez prêtes à envoyer les preuves que demandent les clients : déclaration d’applicabilité, dernier audit interne, compte rendu de la revue de direction, rapports de tests.',
};
