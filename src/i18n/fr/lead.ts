import type { LeadStrings } from '../en/lead.js';

/** Textes français du formulaire de contact ; clés et `{paramètres}` identiques à l’anglais. */
export const lead: LeadStrings = {
  gate: {
    heading: 'Accédez à votre rapport complet',
    intro:
      'Votre rapport complet s’ouvre ici dès l’envoi. {consultancy} ne reçoit que ce que vous choisissez de partager.',
    introDefault:
      'Votre rapport complet s’ouvre ici dès l’envoi. Seul ce que vous choisissez de partager est envoyé.',
    teaser:
      'Votre niveau de préparation par norme figure ci-dessus. Envoyez le formulaire ci-dessous pour ouvrir la suite de votre rapport.',
    unlocked: 'Envoyé. Votre rapport complet est ouvert au-dessus du formulaire.',
  },
  optional: {
    heading: 'Échangez avec {consultancy} sur votre résultat',
    headingDefault: 'Échangez avec un expert sur votre résultat',
    intro:
      'Envoyez vos coordonnées et {consultancy} vous recontactera. Vous choisissez ci-dessous ce qui lui est transmis.',
    introDefault:
      'Envoyez vos coordonnées et un expert vous recontactera. Vous choisissez ci-dessous ce qui est partagé.',
  },
  fields: {
    name: 'Nom complet',
    email: 'E-mail professionnel',
    company: 'Entreprise',
    role: 'Fonction ou intitulé de poste',
    companySize: 'Taille de l’entreprise',
    phone: 'Téléphone',
    message: 'Votre message',
  },
  companySizes: {
    choose: 'Choisissez une taille',
    '1-9': '1 à 9 salariés',
    '10-49': '10 à 49 salariés',
    '50-249': '50 à 249 salariés',
    '250-999': '250 à 999 salariés',
    '1000+': '1\u202f000 salariés ou plus',
  },
  optionalMark: '(facultatif)',
  errors: {
    summaryOne: 'Un champ pose problème : vérifiez « {field} ».',
    summaryMany: 'Des champs posent problème : {count} champs demandent votre attention.',
    required: 'Renseignez le champ « {field} ».',
    requiredChoice: 'Faites un choix pour « {field} ».',
    tooLong: 'Raccourcissez ce texte à {max} caractères au plus (actuellement {count}).',
    invalidText:
      'Ce texte contient des caractères qui ne peuvent pas être envoyés. Veuillez le saisir à nouveau.',
    email: 'Saisissez une adresse e-mail comme nom@entreprise.fr.',
    phone:
      'Saisissez un numéro de téléphone composé uniquement de chiffres, d’espaces et des signes + ( ) . / -',
    consent:
      'Cochez la case pour donner votre accord, sans quoi vos coordonnées ne pourront pas être envoyées.',
    tooFast: 'C’était rapide. Vérifiez vos coordonnées, puis envoyez-les à nouveau.',
    blocked: 'Vos coordonnées n’ont pas pu être envoyées.',
  },
  consent: {
    field: 'la case de consentement',
    privacyLink: 'Politique de confidentialité',
    newTab: '(s’ouvre dans un nouvel onglet)',
  },
  share: {
    summaryLine: 'Partage\u202f: {scope} · modifier',
    heading: 'Ce qui sera partagé',
    headingFixed: 'Ce qui sera partagé : {scope}',
    contact: 'Uniquement mes coordonnées',
    contactDetail: 'Les informations saisies ci-dessus, sans aucun résultat.',
    summary: 'Mes coordonnées et une synthèse de mon résultat',
    summaryDetail:
      'Ainsi que, pour chaque norme : ce que vous pouvez affirmer aujourd’hui, ce que vos clients demandent, votre niveau de préparation et le parcours recommandé.',
    full: 'Mes coordonnées et mon rapport complet',
    fullDetail: 'Ainsi que le niveau de préparation par domaine et chacune de vos réponses.',
    fullAssessmentDetail:
      'Ainsi que l’analyse d’écarts complète : chaque exigence et chaque mesure avec son état, et les responsables, preuves, références, dates et notes que vous avez saisis.',
    context:
      'Sont également envoyés avec vos coordonnées : l’adresse de cette page sans ses paramètres, le site qui vous y a mené, les balises de campagne, et le texte du consentement avec sa version et l’heure de votre accord.',
  },
  forget: {
    button: 'Effacer mes données',
    hint: 'Supprime de ce navigateur vos réponses et les coordonnées en attente d’envoi.',
    done: 'Vos réponses et vos coordonnées ont été supprimées de ce navigateur.',
  },
  honeypot: 'Laissez ce champ vide',
  sentHeading: 'Merci',
  submit: 'Envoyer mes coordonnées',
  submitGate: 'Voir mon rapport complet',
  submitSending: 'Envoi en cours…',
  status: {
    sending: 'Envoi de vos coordonnées…',
    queued: 'Vos coordonnées sont en file d’attente et seront envoyées dans un instant.',
    offline:
      'Vous êtes hors ligne. Vos coordonnées sont enregistrées dans ce navigateur et seront envoyées dès votre retour en ligne.',
    offlineUnsaved:
      'Vous êtes hors ligne. Gardez cette page ouverte : vos coordonnées seront envoyées dès votre retour en ligne.',
    retrying:
      'Pas encore envoyé : la connexion a échoué. Nouvel essai à {time}. Vos coordonnées sont enregistrées dans ce navigateur.',
    retryingUnsaved:
      'Pas encore envoyé : la connexion a échoué. Nouvel essai à {time}. Gardez cette page ouverte.',
    retryingBusy:
      'Pas encore envoyé : le système destinataire nous demande de patienter. Nouvel essai à {time}.',
    retryingDown: 'Pas encore envoyé : le système destinataire ne répond pas. Nouvel essai à {time}.',
    longWait:
      'Si vous préférez ne pas attendre, téléchargez vos résultats et contactez directement {consultancy}.',
    longWaitDefault: 'Si vous préférez ne pas attendre, téléchargez vos résultats pour les conserver.',
    sent: 'Envoyé. {consultancy} a bien reçu vos coordonnées.',
    sentDefault: 'Envoyé. Merci.',
    failedWillRetry:
      'Pas encore envoyé. Vos coordonnées sont enregistrées dans ce navigateur : elles partiront dès que le système destinataire répondra, ou la prochaine fois que vous ouvrirez cette page.',
    failedUnsaved:
      'Non envoyé : la connexion a échoué et ce navigateur ne peut pas enregistrer vos coordonnées. Veuillez réessayer plus tard.',
    rejected:
      'Vos coordonnées n’ont pas pu être transmises : le système destinataire les a refusées. Téléchargez vos résultats et contactez directement {consultancy}.',
    rejectedDefault:
      'Vos coordonnées n’ont pas pu être transmises : le système destinataire les a refusées. Téléchargez vos résultats pour les conserver.',
  },
};
