import type { LeadStrings } from '../en/lead.js';

/** Deutsche Texte des Kontaktformulars; Schlüssel und `{Platzhalter}` wie im Englischen. */
export const lead: LeadStrings = {
  gate: {
    heading: 'Ihren vollständigen Bericht ansehen',
    intro:
      'Ihr vollständiger Bericht öffnet sich hier, sobald Sie dies senden. {consultancy} erhält nur, was Sie teilen möchten.',
    introDefault:
      'Ihr vollständiger Bericht öffnet sich hier, sobald Sie dies senden. Gesendet wird nur, was Sie teilen möchten.',
    teaser:
      'Ihren Umsetzungsgrad je Norm sehen Sie oben. Senden Sie das Formular unten, um den Rest Ihres Berichts zu öffnen.',
    unlocked: 'Gesendet. Ihr vollständiger Bericht ist über dem Formular geöffnet.',
  },
  optional: {
    heading: 'Besprechen Sie Ihr Ergebnis mit {consultancy}',
    headingDefault: 'Besprechen Sie Ihr Ergebnis mit Fachleuten',
    intro:
      'Senden Sie uns Ihre Kontaktdaten, und {consultancy} meldet sich bei Ihnen. Unten legen Sie fest, was übermittelt wird.',
    introDefault:
      'Senden Sie uns Ihre Kontaktdaten, und eine Fachperson meldet sich bei Ihnen. Unten legen Sie fest, was weitergegeben wird.',
  },
  fields: {
    name: 'Vor- und Nachname',
    email: 'Geschäftliche E-Mail-Adresse',
    company: 'Unternehmen',
    role: 'Funktion oder Position',
    companySize: 'Unternehmensgröße',
    phone: 'Telefon',
    message: 'Nachricht',
  },
  companySizes: {
    choose: 'Größe wählen',
    '1-9': '1–9 Beschäftigte',
    '10-49': '10–49 Beschäftigte',
    '50-249': '50–249 Beschäftigte',
    '250-999': '250–999 Beschäftigte',
    '1000+': '1.000 oder mehr Beschäftigte',
  },
  optionalMark: '(freiwillig)',
  errors: {
    summaryOne: 'Bitte prüfen Sie das Feld „{field}“.',
    summaryMany: 'Bitte prüfen Sie Ihre Angaben: {count} Felder brauchen Ihre Aufmerksamkeit.',
    required: 'Bitte füllen Sie das Feld „{field}“ aus.',
    requiredChoice: 'Bitte treffen Sie eine Auswahl bei „{field}“.',
    tooLong: 'Bitte kürzen Sie den Text auf höchstens {max} Zeichen (derzeit {count}).',
    invalidText:
      'Der Text enthält Zeichen, die nicht gesendet werden können. Bitte geben Sie ihn erneut ein.',
    email: 'Bitte geben Sie eine E-Mail-Adresse wie name@firma.de ein.',
    phone: 'Bitte geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) . / - ein.',
    consent:
      'Bitte setzen Sie das Häkchen, um zuzustimmen; andernfalls können Ihre Angaben nicht gesendet werden.',
    tooFast: 'Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie sie dann erneut.',
    blocked: 'Ihre Angaben konnten nicht gesendet werden.',
  },
  consent: {
    field: 'Einwilligung',
    privacyLink: 'Datenschutzerklärung',
    newTab: '(öffnet in einem neuen Tab)',
  },
  share: {
    summaryLine: 'Geteilt wird: {scope} · ändern',
    heading: 'Was weitergegeben wird',
    headingFixed: 'Was weitergegeben wird: {scope}',
    contact: 'Nur meine Kontaktdaten',
    contactDetail: 'Die Angaben, die Sie oben machen, ohne Ergebnisse.',
    summary: 'Meine Kontaktdaten und eine Zusammenfassung meines Ergebnisses',
    summaryDetail:
      'Dazu je Norm: was Sie heute vorweisen können, was Ihre Kunden verlangen, Ihr Umsetzungsgrad und der empfohlene Weg.',
    full: 'Meine Kontaktdaten und mein vollständiger Bericht',
    fullDetail: 'Dazu der Umsetzungsgrad nach Bereich und alle Ihre Antworten.',
    fullAssessmentDetail:
      'Dazu die gesamte Gap-Analyse: jede Anforderung und jede Maßnahme mit ihrem Stand sowie den Verantwortlichen, Nachweisen, Verweisen, Terminen und Notizen, die Sie erfasst haben.',
    context:
      'Mit Ihren Angaben werden außerdem gesendet: die Adresse dieser Seite ohne Parameter, die verweisende Website, Kampagnenkennungen sowie der Einwilligungstext mit seiner Version und dem Zeitpunkt Ihrer Zustimmung.',
  },
  forget: {
    button: 'Meine Daten löschen',
    hint: 'Entfernt Ihre Antworten und noch nicht gesendete Angaben aus diesem Browser.',
    done: 'Ihre Antworten und Angaben wurden aus diesem Browser entfernt.',
  },
  honeypot: 'Dieses Feld bitte leer lassen',
  sentHeading: 'Vielen Dank',
  submit: 'Meine Angaben senden',
  submitGate: 'Meinen vollständigen Bericht zeigen',
  submitSending: 'Wird gesendet …',
  status: {
    sending: 'Ihre Angaben werden gesendet …',
    queued: 'Ihre Angaben stehen in der Warteschlange und werden gleich gesendet.',
    offline:
      'Sie sind offline. Ihre Angaben sind in diesem Browser gespeichert und werden gesendet, sobald Sie wieder online sind.',
    offlineUnsaved:
      'Sie sind offline. Lassen Sie diese Seite geöffnet: Ihre Angaben werden gesendet, sobald Sie wieder online sind.',
    retrying:
      'Noch nicht gesendet: Die Verbindung ist fehlgeschlagen. Neuer Versuch um {time}. Ihre Angaben sind in diesem Browser gespeichert.',
    retryingUnsaved:
      'Noch nicht gesendet: Die Verbindung ist fehlgeschlagen. Neuer Versuch um {time}. Lassen Sie diese Seite geöffnet.',
    retryingBusy:
      'Noch nicht gesendet: Das empfangende System bittet um etwas Geduld. Neuer Versuch um {time}.',
    retryingDown: 'Noch nicht gesendet: Das empfangende System antwortet nicht. Neuer Versuch um {time}.',
    longWait:
      'Wenn Sie nicht warten möchten, laden Sie Ihre Ergebnisse herunter und wenden Sie sich direkt an {consultancy}.',
    longWaitDefault: 'Wenn Sie nicht warten möchten, laden Sie Ihre Ergebnisse herunter, um sie zu behalten.',
    sent: 'Gesendet. {consultancy} hat Ihre Angaben erhalten.',
    sentDefault: 'Gesendet. Vielen Dank.',
    failedWillRetry:
      'Noch nicht gesendet. Ihre Angaben sind in diesem Browser gespeichert: Sie gehen hinaus, sobald das empfangende System antwortet, oder wenn Sie diese Seite das nächste Mal öffnen.',
    failedUnsaved:
      'Nicht gesendet: Die Verbindung ist fehlgeschlagen, und dieser Browser kann Ihre Angaben nicht speichern. Bitte versuchen Sie es später erneut.',
    rejected:
      'Ihre Angaben konnten nicht zugestellt werden: Das empfangende System hat sie abgelehnt. Laden Sie Ihre Ergebnisse herunter, und wenden Sie sich direkt an {consultancy}.',
    rejectedDefault:
      'Ihre Angaben konnten nicht zugestellt werden: Das empfangende System hat sie abgelehnt. Laden Sie Ihre Ergebnisse herunter, um sie zu behalten.',
  },
};
