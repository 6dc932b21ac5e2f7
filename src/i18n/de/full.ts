import type { FullTranslation } from '../en/full.js';

type Texts = FullTranslation['clauses'];

// Kurztitel in eigenen Worten, angelehnt an die gängigen deutschen Bezeichnungen; Anforderungen zusammengefasst,
// nie im Wortlaut der Normen.

const clauses: Texts = {
  '4.1': {
    title: 'Verstehen der Organisation und ihres Kontextes',
    text: 'Die internen und externen Themen, die beeinflussen, was das Managementsystem erreichen soll, sind bekannt und aktuell, einschließlich der Frage, ob der Klimawandel relevant ist.',
    help: 'Eine kurze, datierte Liste der Themen (Markt, Recht, Technik, Organisation), mindestens jährlich überprüft.',
  },
  '4.2': {
    title: 'Erfordernisse und Erwartungen interessierter Parteien',
    text: 'Sie wissen, wer ein Interesse am Managementsystem hat (Kunden, Behörden, Beschäftigte, Lieferanten), was diese verlangen und welche Anforderungen Sie aufgreifen.',
    help: 'Ein Verzeichnis der interessierten Parteien und ihrer Anforderungen, die über das Managementsystem behandelten gekennzeichnet. Seit der Änderung 1 (2024) weist eine Anmerkung darauf hin, dass interessierte Parteien auch Anforderungen zum Klimawandel haben können.',
  },
  '4.3': {
    title: 'Festlegen des Anwendungsbereichs',
    text: 'Die Grenzen des Managementsystems (Standorte, Teams, Produkte, Systeme) sind festgelegt, begründet und schriftlich festgehalten.',
    help: 'Eine Beschreibung des Anwendungsbereichs mit Ein- und Ausschlüssen, Schnittstellen und Abhängigkeiten samt Begründung.',
  },
  '4.4': {
    title: 'Managementsystem',
    text: 'Das Managementsystem ist als Gefüge verbundener Prozesse aufgebaut, wird betrieben, aufrechterhalten und verbessert.',
    help: 'Belege, dass die Prozesse existieren und zusammenwirken: Prozesslandkarte oder Handbuch, Verantwortliche, Betriebsaufzeichnungen.',
  },
  '5.1': {
    title: 'Führung und Verpflichtung',
    text: 'Die oberste Leitung treibt das Managementsystem sichtbar voran: Ressourcen, Einbindung in Geschäftsprozesse, Richtung und Unterstützung derer, die es betreiben.',
    help: 'Protokolle, Budgetentscheidungen, Mitteilungen der Leitung, ihre Rolle in Bewertungen.',
  },
  '5.2': {
    title: 'Politik',
    text: 'Eine von der obersten Leitung genehmigte Politik gibt die Richtung vor, verpflichtet zur Erfüllung von Anforderungen und zur Verbesserung und ist bekannt gemacht und verfügbar.',
    help: 'Die unterzeichnete Politik, ihre Versionshistorie und wie Beschäftigte und interessierte Parteien sie erhalten.',
  },
  '5.3': {
    title: 'Rollen, Verantwortlichkeiten und Befugnisse in der Organisation',
    text: 'Verantwortlichkeiten und Befugnisse für das Managementsystem sind zugewiesen und bekannt gemacht, auch wer der obersten Leitung über seine Leistung berichtet.',
    help: 'Eine Rollen- und Verantwortungsmatrix oder Ernennungen, den Benannten bekannt.',
  },
  '6.1.1': {
    title: 'Maßnahmen zum Umgang mit Risiken und Chancen – Allgemeines',
    text: 'Bei der Planung bestimmen Sie die zu behandelnden Risiken und Chancen, planen Maßnahmen dafür und prüfen deren Wirksamkeit.',
    help: 'Die Planungsunterlage, die Kontext, interessierte Parteien und den Risikoprozess mit Maßnahmen verbindet.',
  },
  '6.1.2': {
    title: 'Risikobeurteilung',
    text: 'Ein festgelegter, wiederholbarer Prozess zur Risikobeurteilung mit Kriterien für Risikoakzeptanz und Durchführung identifiziert, analysiert und bewertet Risiken und benennt ihre Eigentümer.',
    help: 'Die dokumentierte Methode (Kriterien, Skalen, Eigentümer), die bei Wiederholung vergleichbare Ergebnisse liefert.',
  },
  '6.1.3': {
    title: 'Risikobehandlung',
    text: 'Behandlungsoptionen werden gewählt, die nötigen Maßnahmen bestimmt und mit Anhang A abgeglichen, eine Erklärung zur Anwendbarkeit erstellt und ein Behandlungsplan von den Risikoeigentümern genehmigt.',
    help: 'Der dokumentierte Behandlungsprozess, die Erklärung zur Anwendbarkeit und der Risikobehandlungsplan mit Genehmigung der Eigentümer.',
  },
  '6.2': {
    title: 'Ziele und Planung zu deren Erreichung',
    text: 'Messbare Ziele sind auf den relevanten Ebenen im Einklang mit der Politik festgelegt, mit Plänen, was wer mit welchen Mitteln bis wann tut.',
    help: 'Die dokumentierten Ziele mit Verantwortlichen, Fristen und Messgrößen.',
  },
  '6.3': {
    title: 'Planung von Änderungen',
    text: 'Änderungen am Managementsystem erfolgen geplant.',
    help: 'Ein Änderungsnachweis mit Zweck, Auswirkung und Freigabe von Änderungen am Managementsystem.',
  },
  '7.1': {
    title: 'Ressourcen',
    text: 'Personal, Budget, Werkzeuge und Zeit für Betrieb und Verbesserung des Managementsystems stehen bereit.',
    help: 'Budgetposten, Personal- und Werkzeugentscheidungen mit Bezug zum Managementsystem.',
  },
  '7.2': {
    title: 'Kompetenz',
    text: 'Die für jede Rolle nötige Kompetenz ist festgelegt, Personen sind durch Ausbildung, Schulung oder Erfahrung kompetent, Lücken werden geschlossen und Nachweise aufbewahrt.',
    help: 'Rollenanforderungen, Schulungsnachweise, Zertifikate oder Lebensläufe und Aufzeichnungen zu Maßnahmen bei Lücken.',
  },
  '7.3': {
    title: 'Bewusstsein',
    text: 'Alle, die unter Ihrer Aufsicht arbeiten, kennen die Politik, ihren Beitrag und die Folgen, wenn sie die Anforderungen nicht einhalten.',
    help: 'Einarbeitung und Sensibilisierung mit Teilnahmenachweisen; Beschäftigte, die die Grundlagen auf Nachfrage erklären können.',
  },
  '7.4': {
    title: 'Kommunikation',
    text: 'Was, wann, mit wem und wie Sie intern und extern über das Managementsystem kommunizieren, ist festgelegt.',
    help: 'Ein Kommunikationsplan oder eine -matrix und Beispiele für die Umsetzung.',
  },
  '7.5.1': {
    title: 'Dokumentierte Information – Allgemeines',
    text: 'Die von der Norm geforderte dokumentierte Information und die, die Sie für das Funktionieren des Systems brauchen, ist vorhanden.',
    help: 'Eine Liste der geforderten Dokumente und Aufzeichnungen mit Ablageort und Verantwortlichen.',
  },
  '7.5.2': {
    title: 'Erstellen und Aktualisieren',
    text: 'Dokumente sind gekennzeichnet (Titel, Datum, Autor, Version), in geeignetem Format und werden vor Gebrauch geprüft und freigegeben.',
    help: 'Dokumentköpfe oder Metadaten und Freigabenachweise.',
  },
  '7.5.3': {
    title: 'Lenkung dokumentierter Information',
    text: 'Dokumente und Aufzeichnungen sind dort verfügbar, wo sie gebraucht werden, geschützt, verteilt, versioniert, aufbewahrt und kontrolliert entsorgt, auch solche externer Herkunft.',
    help: 'Zugriffsrechte auf die Dokumentenablage, Versionshistorie, Aufbewahrungsregeln.',
  },
  '8.1': {
    title: 'Betriebliche Planung und Steuerung',
    text: 'Die Prozesse, die die Anforderungen erfüllen und die geplanten Maßnahmen umsetzen, werden geplant, nach Kriterien betrieben und gesteuert, einschließlich Änderungen und ausgelagerter Prozesse.',
    help: 'Gelebte Verfahren, Aufzeichnungen über planmäßige Durchführung, Steuerung dessen, was Lieferanten für Sie tun.',
  },
  '8.2': {
    title: 'Risikobeurteilung (durchgeführt)',
    text: 'Risikobeurteilungen finden in geplanten Abständen und bei wesentlichen Änderungen statt; ihre Ergebnisse werden aufbewahrt.',
    help: 'Datierte Ergebnisse der Risikobeurteilung, auch solche, die Änderungen ausgelöst haben.',
  },
  '8.3': {
    title: 'Risikobehandlung (umgesetzt)',
    text: 'Der Risikobehandlungsplan wird umgesetzt und seine Ergebnisse werden aufbewahrt.',
    help: 'Fortschritt des Behandlungsplans: umgesetzte Maßnahmen, Termine, von Eigentümern akzeptiertes Restrisiko.',
  },
  '9.1': {
    title: 'Überwachung, Messung, Analyse und Bewertung',
    text: 'Sie legen fest, was wie und wann überwacht und gemessen wird und wer es auswertet, und bewerten daraus Leistung und Wirksamkeit.',
    help: 'Kennzahlen mit Definition und Verantwortlichen sowie Ergebnisse, die ausgewertet werden.',
  },
  '9.2.1': {
    title: 'Internes Audit – Allgemeines',
    text: 'Interne Audits in geplanten Abständen prüfen, ob das Managementsystem Ihren eigenen Anforderungen und der Norm entspricht und wirksam ist.',
    help: 'Auditberichte, die über den Zyklus den gesamten Anwendungsbereich abdecken.',
  },
  '9.2.2': {
    title: 'Internes Auditprogramm',
    text: 'Ein Auditprogramm legt Häufigkeit, Methoden, Verantwortlichkeiten und Berichterstattung fest; Auditoren sind objektiv, Ergebnisse gehen an die Leitung und werden aufbewahrt.',
    help: 'Das Auditprogramm, die Unabhängigkeit der Auditoren, Berichte und die Nachverfolgung von Feststellungen.',
  },
  '9.3.1': {
    title: 'Managementbewertung – Allgemeines',
    text: 'Die oberste Leitung bewertet das Managementsystem in geplanten Abständen, damit es geeignet, angemessen und wirksam bleibt.',
    help: 'Terminierte Bewertungen unter Beteiligung der obersten Leitung.',
  },
  '9.3.2': {
    title: 'Eingaben für die Managementbewertung',
    text: 'Die Bewertung berücksichtigt frühere Maßnahmen, Änderungen von Kontext und Erfordernissen, Leistung und Trends, Rückmeldungen, Risikoergebnisse und Verbesserungsmöglichkeiten.',
    help: 'Eine Tagesordnung oder ein Protokoll, das jede geforderte Eingabe abdeckt.',
  },
  '9.3.3': {
    title: 'Ergebnisse der Managementbewertung',
    text: 'Die Bewertung endet mit Entscheidungen zu Verbesserungen und nötigen Änderungen; die Ergebnisse werden aufbewahrt.',
    help: 'Protokolle mit Entscheidungen, Verantwortlichen und Terminen.',
  },
  '10.1': {
    title: 'Fortlaufende Verbesserung',
    text: 'Eignung, Angemessenheit und Wirksamkeit des Managementsystems werden fortlaufend verbessert.',
    help: 'Verbesserungen im Zeitverlauf und woher sie kamen.',
  },
  '10.2': {
    title: 'Nichtkonformität und Korrekturmaßnahmen',
    text: 'Nichtkonformitäten werden behandelt: reagieren, Ursachen finden, Korrekturmaßnahmen ergreifen und prüfen, Aufzeichnungen führen.',
    help: 'Ein Verzeichnis der Nichtkonformitäten mit Ursachen, Maßnahmen und Wirksamkeitsprüfungen.',
  },
};

const clauses27001: Texts = {
  '5.2': {
    title: 'Politik',
    text: 'Eine von der obersten Leitung genehmigte Informationssicherheitspolitik setzt Ziele oder einen Rahmen dafür, verpflichtet zu Anforderungen und Verbesserung und ist bekannt gemacht.',
    help: 'Die unterzeichnete Informationssicherheitspolitik, ihre Version und wie sie Beschäftigte und interessierte Parteien erreicht.',
  },
  '6.1.2': {
    title: 'Informationssicherheitsrisikobeurteilung',
    text: 'Ein festgelegter, wiederholbarer Prozess mit Akzeptanzkriterien identifiziert Risiken für Vertraulichkeit, Integrität und Verfügbarkeit, analysiert und bewertet sie und benennt Eigentümer.',
    help: 'Die dokumentierte Methode und die Risikokriterien.',
  },
  '6.1.3': {
    title: 'Informationssicherheitsrisikobehandlung',
    text: 'Behandlungsoptionen und nötige Maßnahmen werden bestimmt und mit Anhang A abgeglichen, damit nichts übersehen wird; Erklärung zur Anwendbarkeit und Behandlungsplan liegen vor und die Risikoeigentümer genehmigen sie samt Restrisiko.',
    help: 'Der dokumentierte Behandlungsprozess, die Erklärung zur Anwendbarkeit und der Risikobehandlungsplan.',
  },
  '6.2': {
    title: 'Informationssicherheitsziele und Planung zu deren Erreichung',
    text: 'Messbare Informationssicherheitsziele im Einklang mit Politik und Risikoergebnissen sind festgelegt, werden überwacht und ihre Erreichung geplant.',
    help: 'Die dokumentierten Ziele mit Verantwortlichen, Fristen und Messgrößen.',
  },
  '8.2': {
    title: 'Informationssicherheitsrisikobeurteilung (durchgeführt)',
    text: 'Informationssicherheitsrisikobeurteilungen finden in geplanten Abständen und bei wesentlichen Änderungen statt; ihre Ergebnisse werden aufbewahrt.',
    help: 'Datierte Ergebnisse der Risikobeurteilung.',
  },
  '8.3': {
    title: 'Informationssicherheitsrisikobehandlung (umgesetzt)',
    text: 'Der Plan zur Behandlung der Informationssicherheitsrisiken wird umgesetzt und seine Ergebnisse werden aufbewahrt.',
    help: 'Fortschritt des Behandlungsplans und Akzeptanz des Restrisikos durch die Eigentümer.',
  },
};

const clauses42001: Texts = {
  '4.1': {
    title: 'Verstehen der Organisation und ihres Kontextes',
    text: 'Die Themen, die das KI-Managementsystem beeinflussen, sind bekannt, einschließlich Ihrer Rolle gegenüber KI-Systemen (Anbieter, Hersteller, Kunde, Nutzer …), des Zwecks der Systeme, die Sie entwickeln oder nutzen, und ob der Klimawandel relevant ist.',
    help: 'Eine Kontextbeschreibung, die Ihre KI-Rollen und den Zweck jedes KI-Systems im Anwendungsbereich nennt.',
  },
  '4.3': {
    title: 'Festlegen des Anwendungsbereichs des KI-Managementsystems',
    text: 'Die Grenzen des KI-Managementsystems (KI-Systeme, Tätigkeiten, Teams, Standorte) sind festgelegt und schriftlich festgehalten.',
    help: 'Eine Beschreibung des Anwendungsbereichs, die die erfassten KI-Systeme und Tätigkeiten nennt.',
  },
  '5.2': {
    title: 'KI-Politik',
    text: 'Eine von der obersten Leitung genehmigte KI-Politik passt zu Ihrem Zweck, gibt den Rahmen für KI-Ziele, verpflichtet zu Anforderungen und Verbesserung und ist bekannt gemacht und verfügbar.',
    help: 'Die unterzeichnete KI-Politik, ihre Version und wie sie Beschäftigte und interessierte Parteien erreicht.',
  },
  '6.1.2': {
    title: 'KI-Risikobeurteilung',
    text: 'Ein festgelegter Prozess zur KI-Risikobeurteilung, gestützt auf KI-Politik, Ziele und Folgenabschätzungen, identifiziert, analysiert und bewertet Risiken, die das Erreichen Ihrer KI-Ziele gefährden.',
    help: 'Die dokumentierte Methode mit Risikokriterien, die KI-spezifische Quellen abdecken (Daten, Modelle, Automatisierung, Transparenz).',
  },
  '6.1.3': {
    title: 'KI-Risikobehandlung',
    text: 'Behandlungsoptionen und Maßnahmen für KI-Risiken werden gewählt und mit Anhang A der ISO/IEC 42001 abgeglichen; Erklärung zur Anwendbarkeit und Behandlungsplan liegen vor und sind genehmigt.',
    help: 'Der dokumentierte Behandlungsprozess, die KI-Erklärung zur Anwendbarkeit und der Behandlungsplan.',
  },
  '6.1.4': {
    title: 'Folgenabschätzung für KI-Systeme',
    text: 'Ein festgelegter Prozess schätzt die möglichen Folgen von KI-Systemen für Einzelne, Gruppen und die Gesellschaft über beabsichtigte und vorhersehbare Nutzungen ab; die Ergebnisse fließen in die Risikobeurteilung ein.',
    help: 'Die dokumentierte Methode der Folgenabschätzung und wann sie ausgelöst wird.',
  },
  '6.2': {
    title: 'KI-Ziele und Planung zu deren Erreichung',
    text: 'Messbare KI-Ziele im Einklang mit der KI-Politik sind festgelegt, werden überwacht und ihre Erreichung geplant.',
    help: 'Die dokumentierten KI-Ziele mit Verantwortlichen, Fristen und Messgrößen.',
  },
  '8.2': {
    title: 'KI-Risikobeurteilung (durchgeführt)',
    text: 'KI-Risikobeurteilungen finden in geplanten Abständen und bei wesentlichen Änderungen statt; ihre Ergebnisse werden aufbewahrt.',
    help: 'Datierte Ergebnisse der KI-Risikobeurteilung.',
  },
  '8.3': {
    title: 'KI-Risikobehandlung (umgesetzt)',
    text: 'Der KI-Risikobehandlungsplan wird umgesetzt, seine Wirksamkeit geprüft und seine Ergebnisse aufbewahrt.',
    help: 'Fortschritt des Behandlungsplans und Prüfungen, ob die Behandlungen wirken.',
  },
  '8.4': {
    title: 'Folgenabschätzung für KI-Systeme (durchgeführt)',
    text: 'Folgenabschätzungen für KI-Systeme finden in geplanten Abständen und bei wesentlichen Änderungen statt; ihre Ergebnisse werden aufbewahrt.',
    help: 'Datierte Ergebnisse der Folgenabschätzung für jedes KI-System im Anwendungsbereich.',
  },
};

const controls27001: Texts = {
  'A.5.1': {
    title: 'Informationssicherheitspolitik und themenspezifische Richtlinien',
    text: 'Eine Politik und themenspezifische Richtlinien sind festgelegt, genehmigt, veröffentlicht, von den Betroffenen zur Kenntnis genommen und überprüft.',
  },
  'A.5.2': {
    title: 'Informationssicherheitsrollen und -verantwortlichkeiten',
    text: 'Rollen und Verantwortlichkeiten für Sicherheit sind nach Bedarf der Organisation festgelegt und zugewiesen.',
  },
  'A.5.3': {
    title: 'Aufgabentrennung',
    text: 'Unvereinbare Aufgaben und Verantwortungsbereiche sind getrennt oder ihr Risiko ist anders beherrscht.',
  },
  'A.5.4': {
    title: 'Verantwortlichkeiten der Leitung',
    text: 'Führungskräfte verlangen von Beschäftigten und Auftragnehmern, Sicherheit gemäß Richtlinien und Verfahren anzuwenden.',
  },
  'A.5.5': {
    title: 'Kontakt mit Behörden',
    text: 'Kontakte zu zuständigen Behörden (Aufsicht, Strafverfolgung, Regulierer) sind eingerichtet und aktuell.',
  },
  'A.5.6': {
    title: 'Kontakt mit speziellen Interessengruppen',
    text: 'Kontakte zu Sicherheitsforen und Fachverbänden werden gepflegt, um informiert zu bleiben.',
  },
  'A.5.7': {
    title: 'Informationen über die Bedrohungslage',
    text: 'Informationen über Bedrohungen werden gesammelt und ausgewertet, und es wird danach gehandelt.',
  },
  'A.5.8': {
    title: 'Informationssicherheit im Projektmanagement',
    text: 'Sicherheit ist in das Projektmanagement eingebunden, gleich welcher Art das Projekt ist.',
  },
  'A.5.9': {
    title: 'Inventar der Informationen und anderen damit verbundenen Werte',
    text: 'Ein Inventar der Informationen und zugehörigen Werte mit Eigentümern wird geführt und ist aktuell.',
  },
  'A.5.10': {
    title: 'Zulässiger Gebrauch von Informationen und anderen damit verbundenen Werten',
    text: 'Regeln für den zulässigen Gebrauch und Umgang mit Informationen und Werten sind festgelegt und werden angewandt.',
  },
  'A.5.11': {
    title: 'Rückgabe von Werten',
    text: 'Personen geben Werte der Organisation zurück, wenn sich Beschäftigung, Vertrag oder Vereinbarung ändert oder endet.',
  },
  'A.5.12': {
    title: 'Klassifizierung von Informationen',
    text: 'Informationen sind nach Vertraulichkeit, Integrität, Verfügbarkeit und Anforderungen der Beteiligten klassifiziert.',
  },
  'A.5.13': {
    title: 'Kennzeichnung von Informationen',
    text: 'Informationen werden nach dem Klassifizierungsschema gekennzeichnet.',
  },
  'A.5.14': {
    title: 'Informationsübertragung',
    text: 'Regeln, Verfahren oder Vereinbarungen schützen Informationen, die innerhalb der Organisation oder an andere übertragen werden, auf jedem Weg.',
  },
  'A.5.15': {
    title: 'Zugangssteuerung',
    text: 'Regeln für physischen und logischen Zugang sind nach geschäftlichen und Sicherheitsanforderungen festgelegt und werden angewandt.',
  },
  'A.5.16': {
    title: 'Identitätsmanagement',
    text: 'Identitäten werden über ihren gesamten Lebenszyklus verwaltet.',
  },
  'A.5.17': {
    title: 'Authentisierungsinformationen',
    text: 'Passwörter, Schlüssel und andere Authentisierungsinformationen werden kontrolliert ausgegeben und verwaltet, mit Hinweisen für Nutzende.',
  },
  'A.5.18': {
    title: 'Zugangsrechte',
    text: 'Zugangsrechte werden nach den Zugangsregeln vergeben, überprüft, geändert und entzogen.',
  },
  'A.5.19': {
    title: 'Informationssicherheit in Lieferantenbeziehungen',
    text: 'Prozesse steuern die Sicherheitsrisiken aus der Nutzung von Produkten und Diensten der Lieferanten.',
  },
  'A.5.20': {
    title: 'Behandlung von Informationssicherheit in Lieferantenvereinbarungen',
    text: 'Sicherheitsanforderungen werden mit jedem Lieferanten passend zur Beziehung vereinbart.',
  },
  'A.5.21': {
    title: 'Umgang mit der Informationssicherheit in der IKT-Lieferkette',
    text: 'Sicherheitsrisiken der Lieferkette für IKT-Produkte und -Dienste werden gesteuert.',
  },
  'A.5.22': {
    title: 'Überwachung, Überprüfung und Änderungsmanagement von Lieferantendienstleistungen',
    text: 'Sicherheitspraktiken und Leistungserbringung der Lieferanten werden überwacht, überprüft und bewertet, Änderungen gesteuert.',
  },
  'A.5.23': {
    title: 'Informationssicherheit für die Nutzung von Cloud-Diensten',
    text: 'Beschaffung, Nutzung, Verwaltung und Beendigung von Cloud-Diensten folgen Ihren Sicherheitsanforderungen.',
  },
  'A.5.24': {
    title: 'Planung und Vorbereitung der Handhabung von Informationssicherheitsvorfällen',
    text: 'Prozesse, Rollen und Verantwortlichkeiten für das Vorfallmanagement sind festgelegt, bekannt und einsatzbereit.',
  },
  'A.5.25': {
    title: 'Beurteilung von und Entscheidung über Informationssicherheitsereignisse',
    text: 'Sicherheitsereignisse werden beurteilt und es wird entschieden, ob es Vorfälle sind.',
  },
  'A.5.26': {
    title: 'Reaktion auf Informationssicherheitsvorfälle',
    text: 'Auf Vorfälle wird nach dokumentierten Verfahren reagiert.',
  },
  'A.5.27': {
    title: 'Erkenntnisse aus Informationssicherheitsvorfällen',
    text: 'Lehren aus Vorfällen werden genutzt, um Maßnahmen zu stärken.',
  },
  'A.5.28': {
    title: 'Sammeln von Beweismaterial',
    text: 'Verfahren regeln das Erkennen, Sammeln, Erfassen und Sichern von Beweisen zu Sicherheitsereignissen.',
  },
  'A.5.29': {
    title: 'Informationssicherheit bei Störungen',
    text: 'Die Sicherheit bleibt auch bei Störungen auf angemessenem Niveau.',
  },
  'A.5.30': {
    title: 'IKT-Bereitschaft für Business-Continuity',
    text: 'Die IKT-Bereitschaft wird gegen die Ziele der Betriebskontinuität geplant, umgesetzt, aufrechterhalten und getestet.',
  },
  'A.5.31': {
    title: 'Gesetzliche, amtliche, regulatorische und vertragliche Anforderungen',
    text: 'Gesetzliche, regulatorische und vertragliche Sicherheitsanforderungen sind erfasst, dokumentiert und aktuell, samt der Art, wie Sie sie erfüllen.',
  },
  'A.5.32': {
    title: 'Geistige Eigentumsrechte',
    text: 'Verfahren schützen geistige Eigentumsrechte, eigene wie fremde.',
  },
  'A.5.33': {
    title: 'Schutz von Aufzeichnungen',
    text: 'Aufzeichnungen sind vor Verlust, Zerstörung, Fälschung, unbefugtem Zugriff und unbefugter Freigabe geschützt.',
  },
  'A.5.34': {
    title: 'Datenschutz und Schutz personenbezogener Daten',
    text: 'Anforderungen an Privatsphäre und Schutz personenbezogener Daten sind erfasst und werden erfüllt.',
  },
  'A.5.35': {
    title: 'Unabhängige Überprüfung der Informationssicherheit',
    text: 'Der Sicherheitsansatz und seine Umsetzung werden in geplanten Abständen oder bei wesentlichen Änderungen unabhängig überprüft.',
  },
  'A.5.36': {
    title: 'Einhaltung von Richtlinien, Vorschriften und Normen für die Informationssicherheit',
    text: 'Die Einhaltung von Sicherheitspolitik, themenspezifischen Richtlinien, Regeln und Normen wird regelmäßig überprüft.',
  },
  'A.5.37': {
    title: 'Dokumentierte Betriebsabläufe',
    text: 'Betriebsabläufe für informationsverarbeitende Einrichtungen sind dokumentiert und denen zugänglich, die sie brauchen.',
  },
  'A.6.1': {
    title: 'Sicherheitsüberprüfung',
    text: 'Hintergrundprüfungen von Bewerbenden erfolgen vor dem Eintritt und nach Bedarf, verhältnismäßig zu Rolle und Recht.',
  },
  'A.6.2': {
    title: 'Beschäftigungs- und Vertragsbedingungen',
    text: 'Arbeitsverträge nennen die Sicherheitsverantwortung der Beschäftigten und der Organisation.',
  },
  'A.6.3': {
    title: 'Informationssicherheitsbewusstsein, -ausbildung und -schulung',
    text: 'Beschäftigte und relevante Parteien erhalten Sensibilisierung, Ausbildung und Schulung zur Sicherheit, regelmäßig aufgefrischt.',
  },
  'A.6.4': {
    title: 'Maßregelungsprozess',
    text: 'Ein förmlicher, bekannt gemachter Maßregelungsprozess deckt Verstöße gegen die Sicherheitspolitik ab.',
  },
  'A.6.5': {
    title: 'Verantwortlichkeiten bei Beendigung oder Änderung der Beschäftigung',
    text: 'Sicherheitspflichten, die nach Austritt oder Rollenwechsel fortbestehen, sind festgelegt, bekannt gemacht und durchgesetzt.',
  },
  'A.6.6': {
    title: 'Vertraulichkeits- oder Geheimhaltungsvereinbarungen',
    text: 'Vertraulichkeitsvereinbarungen, die Ihren Bedarf abbilden, sind unterzeichnet, überprüft und dokumentiert.',
  },
  'A.6.7': {
    title: 'Remote-Arbeit',
    text: 'Sicherheitsmaßnahmen schützen Informationen, auf die bei der Arbeit außerhalb der Räumlichkeiten zugegriffen wird oder die dort verarbeitet oder gespeichert werden.',
  },
  'A.6.8': {
    title: 'Meldung von Informationssicherheitsereignissen',
    text: 'Beobachtete oder vermutete Sicherheitsereignisse können schnell über bekannte Kanäle gemeldet werden.',
  },
  'A.7.1': {
    title: 'Physische Sicherheitsperimeter',
    text: 'Perimeter zum Schutz von Bereichen mit Informationen und Werten sind festgelegt und werden genutzt.',
  },
  'A.7.2': {
    title: 'Physischer Zutritt',
    text: 'Sicherheitsbereiche sind durch Zutrittskontrollen und Zugangspunkte geschützt.',
  },
  'A.7.3': {
    title: 'Sichern von Büros, Räumen und Einrichtungen',
    text: 'Die physische Sicherheit von Büros, Räumen und Einrichtungen ist geplant und umgesetzt.',
  },
  'A.7.4': {
    title: 'Physische Sicherheitsüberwachung',
    text: 'Räumlichkeiten werden fortlaufend auf unbefugten physischen Zutritt überwacht.',
  },
  'A.7.5': {
    title: 'Schutz vor physischen und umweltbedingten Bedrohungen',
    text: 'Schutz vor Naturereignissen, Feuer, Wasser und anderen physischen Bedrohungen ist geplant und umgesetzt.',
  },
  'A.7.6': {
    title: 'Arbeiten in Sicherheitsbereichen',
    text: 'Sicherheitsmaßnahmen für das Arbeiten in Sicherheitsbereichen sind geplant und umgesetzt.',
  },
  'A.7.7': {
    title: 'Aufgeräumte Arbeitsumgebung und Bildschirmsperren',
    text: 'Regeln für aufgeräumte Schreibtische bei Papier und Datenträgern sowie für gesperrte Bildschirme sind festgelegt und werden durchgesetzt.',
  },
  'A.7.8': {
    title: 'Platzierung und Schutz von Geräten und Betriebsmitteln',
    text: 'Geräte sind sicher aufgestellt und geschützt.',
  },
  'A.7.9': {
    title: 'Sicherheit von Werten außerhalb der Räumlichkeiten',
    text: 'Werte, die außerhalb der Räumlichkeiten genutzt werden, sind geschützt.',
  },
  'A.7.10': {
    title: 'Speichermedien',
    text: 'Speichermedien werden über ihren Lebenszyklus (Beschaffung, Nutzung, Transport, Entsorgung) nach Klassifizierung verwaltet.',
  },
  'A.7.11': {
    title: 'Versorgungseinrichtungen',
    text: 'Einrichtungen sind vor Stromausfällen und anderen Störungen der Versorgung geschützt.',
  },
  'A.7.12': {
    title: 'Sicherheit der Verkabelung',
    text: 'Strom- und Datenkabel sind vor Abhören, Störung oder Beschädigung geschützt.',
  },
  'A.7.13': {
    title: 'Instandhaltung von Geräten und Betriebsmitteln',
    text: 'Geräte werden ordnungsgemäß gewartet, damit Informationen verfügbar, unversehrt und vertraulich bleiben.',
  },
  'A.7.14': {
    title: 'Sichere Entsorgung oder Wiederverwendung von Geräten und Betriebsmitteln',
    text: 'Geräte mit Speichermedien werden geprüft, damit sensible Daten und lizenzierte Software vor Entsorgung oder Wiederverwendung entfernt oder sicher überschrieben sind.',
  },
  'A.8.1': {
    title: 'Endgeräte der Benutzer',
    text: 'Informationen, die auf Endgeräten gespeichert, verarbeitet oder darüber erreichbar sind, sind geschützt.',
  },
  'A.8.2': {
    title: 'Privilegierte Zugangsrechte',
    text: 'Privilegierte Zugangsrechte sind beschränkt und werden verwaltet.',
  },
  'A.8.3': {
    title: 'Informationszugangsbeschränkung',
    text: 'Der Zugang zu Informationen und Werten ist gemäß der Richtlinie zur Zugangssteuerung beschränkt.',
  },
  'A.8.4': {
    title: 'Zugriff auf den Quellcode',
    text: 'Lese- und Schreibzugriff auf Quellcode, Entwicklungswerkzeuge und Softwarebibliotheken wird verwaltet.',
  },
  'A.8.5': {
    title: 'Sichere Authentisierung',
    text: 'Sichere Authentisierung (etwa Mehr-Faktor) ist gemäß den Zugangsbeschränkungen umgesetzt.',
  },
  'A.8.6': {
    title: 'Kapazitätssteuerung',
    text: 'Die Nutzung von Ressourcen wird überwacht und an den aktuellen und erwarteten Kapazitätsbedarf angepasst.',
  },
  'A.8.7': {
    title: 'Schutz gegen Schadsoftware',
    text: 'Schutz vor Schadsoftware ist umgesetzt und durch Sensibilisierung der Nutzenden unterstützt.',
  },
  'A.8.8': {
    title: 'Handhabung von technischen Schwachstellen',
    text: 'Informationen über technische Schwachstellen werden beschafft, die Gefährdung bewertet und geeignete Maßnahmen ergriffen.',
  },
  'A.8.9': {
    title: 'Konfigurationsmanagement',
    text: 'Konfigurationen, auch Sicherheitskonfigurationen, von Hardware, Software, Diensten und Netzen sind festgelegt, dokumentiert, überwacht und überprüft.',
  },
  'A.8.10': {
    title: 'Löschung von Informationen',
    text: 'Informationen werden gelöscht, wenn sie nicht mehr benötigt werden.',
  },
  'A.8.11': {
    title: 'Datenmaskierung',
    text: 'Datenmaskierung wird gemäß Zugangsrichtlinie, geschäftlichem Bedarf und Recht eingesetzt.',
  },
  'A.8.12': {
    title: 'Verhinderung von Datenlecks',
    text: 'Maßnahmen gegen Datenabfluss gelten für Systeme, Netze und Geräte, die sensible Informationen verarbeiten.',
  },
  'A.8.13': {
    title: 'Sicherung von Information',
    text: 'Sicherungskopien von Informationen, Software und Systemen werden nach vereinbarter Sicherungsrichtlinie erstellt und getestet.',
  },
  'A.8.14': {
    title: 'Redundanz von informationsverarbeitenden Einrichtungen',
    text: 'Einrichtungen sind so redundant, dass die Verfügbarkeitsanforderungen erfüllt werden.',
  },
  'A.8.15': {
    title: 'Protokollierung',
    text: 'Protokolle über Aktivitäten, Ausnahmen, Fehler und andere relevante Ereignisse werden erzeugt, gespeichert, geschützt und ausgewertet.',
  },
  'A.8.16': {
    title: 'Überwachung von Aktivitäten',
    text: 'Netze, Systeme und Anwendungen werden auf auffälliges Verhalten überwacht, und es wird darauf reagiert.',
  },
  'A.8.17': {
    title: 'Uhrensynchronisation',
    text: 'Die Uhren informationsverarbeitender Systeme sind mit genehmigten Zeitquellen synchronisiert.',
  },
  'A.8.18': {
    title: 'Gebrauch von Hilfsprogrammen mit privilegierten Rechten',
    text: 'Hilfsprogramme, die System- und Anwendungskontrollen umgehen können, sind beschränkt und streng kontrolliert.',
  },
  'A.8.19': {
    title: 'Installation von Software auf Systemen im Betrieb',
    text: 'Die Installation von Software auf Betriebssystemen wird sicher gesteuert.',
  },
  'A.8.20': {
    title: 'Netzwerksicherheit',
    text: 'Netze und Netzgeräte sind gesichert, verwaltet und kontrolliert, um Informationen in Systemen und Anwendungen zu schützen.',
  },
  'A.8.21': {
    title: 'Sicherheit von Netzwerkdiensten',
    text: 'Sicherheitsmechanismen, Dienstgüte und Anforderungen von Netzdiensten sind bestimmt, umgesetzt und überwacht.',
  },
  'A.8.22': {
    title: 'Trennung von Netzwerken',
    text: 'Gruppen von Diensten, Nutzenden und Systemen sind in den Netzen getrennt.',
  },
  'A.8.23': {
    title: 'Webfilterung',
    text: 'Der Zugriff auf externe Websites wird gesteuert, um schädliche Inhalte fernzuhalten.',
  },
  'A.8.24': {
    title: 'Verwendung von Kryptographie',
    text: 'Regeln für den wirksamen Einsatz von Kryptographie, einschließlich Schlüsselverwaltung, sind festgelegt und umgesetzt.',
  },
  'A.8.25': {
    title: 'Lebenszyklus einer sicheren Entwicklung',
    text: 'Regeln für die sichere Entwicklung von Software und Systemen sind festgelegt und werden angewandt.',
  },
  'A.8.26': {
    title: 'Anforderungen an die Anwendungssicherheit',
    text: 'Sicherheitsanforderungen werden bei Entwicklung oder Beschaffung von Anwendungen bestimmt, spezifiziert und genehmigt.',
  },
  'A.8.27': {
    title: 'Sichere Systemarchitektur und Entwicklungsgrundsätze',
    text: 'Grundsätze für die Entwicklung sicherer Systeme sind festgelegt, dokumentiert, gepflegt und werden angewandt.',
  },
  'A.8.28': {
    title: 'Sichere Codierung',
    text: 'Grundsätze sicherer Programmierung werden in der Softwareentwicklung angewandt.',
  },
  'A.8.29': {
    title: 'Sicherheitsprüfung bei Entwicklung und Abnahme',
    text: 'Prozesse für Sicherheitstests sind im Entwicklungslebenszyklus festgelegt und umgesetzt.',
  },
  'A.8.30': {
    title: 'Ausgegliederte Entwicklung',
    text: 'Ausgelagerte Systementwicklung wird gesteuert, überwacht und überprüft.',
  },
  'A.8.31': {
    title: 'Trennung von Entwicklungs-, Test- und Produktionsumgebungen',
    text: 'Entwicklungs-, Test- und Produktionsumgebungen sind getrennt und gesichert.',
  },
  'A.8.32': {
    title: 'Änderungssteuerung',
    text: 'Änderungen an informationsverarbeitenden Einrichtungen und Systemen folgen Verfahren der Änderungssteuerung.',
  },
  'A.8.33': { title: 'Testdaten', text: 'Testdaten werden angemessen ausgewählt, geschützt und verwaltet.' },
  'A.8.34': {
    title: 'Schutz der Informationssysteme während Tests im Rahmen von Audits',
    text: 'Audittests und andere Prüftätigkeiten an Betriebssystemen werden zwischen Prüfenden und Leitung geplant und vereinbart.',
  },
};

const controls42001: Texts = {
  'A.2.2': {
    title: 'KI-Politik',
    text: 'Eine dokumentierte Politik für die Entwicklung oder Nutzung von KI-Systemen liegt vor.',
  },
  'A.2.3': {
    title: 'Abstimmung mit anderen Politiken der Organisation',
    text: 'Sie haben ermittelt, wo andere Politiken (Sicherheit, Datenschutz, Qualität …) von Ihren KI-Zielen berührt werden oder auf sie anzuwenden sind.',
  },
  'A.2.4': {
    title: 'Überprüfung der KI-Politik',
    text: 'Die KI-Politik wird in geplanten Abständen oder bei Bedarf überprüft, damit sie geeignet und wirksam bleibt.',
  },
  'A.3.2': {
    title: 'KI-Rollen und -Verantwortlichkeiten',
    text: 'Rollen und Verantwortlichkeiten für KI sind nach Ihrem Bedarf festgelegt und zugewiesen.',
  },
  'A.3.3': {
    title: 'Melden von Bedenken',
    text: 'Bedenken zu Ihrer Rolle gegenüber einem KI-System können über seinen gesamten Lebenszyklus gemeldet werden.',
  },
  'A.4.2': {
    title: 'Dokumentation der Ressourcen',
    text: 'Die Ressourcen, die jedes KI-System in jeder Lebenszyklusphase und andere KI-Tätigkeiten brauchen, sind ermittelt und dokumentiert.',
  },
  'A.4.3': {
    title: 'Datenressourcen',
    text: 'Die für KI-Systeme genutzten Datenressourcen sind dokumentiert.',
  },
  'A.4.4': { title: 'Werkzeugressourcen', text: 'Die für KI-Systeme genutzten Werkzeuge sind dokumentiert.' },
  'A.4.5': {
    title: 'System- und Rechenressourcen',
    text: 'Die für KI-Systeme genutzten System- und Rechenressourcen sind dokumentiert.',
  },
  'A.4.6': {
    title: 'Personelle Ressourcen',
    text: 'Die für KI-Systeme eingesetzten Personen und Kompetenzen sind dokumentiert.',
  },
  'A.5.2': {
    title: 'Prozess der Folgenabschätzung für KI-Systeme',
    text: 'Ein Prozess schätzt die möglichen Folgen von KI-Systemen für Einzelne, Gruppen und Gesellschaft über ihren Lebenszyklus ab.',
  },
  'A.5.3': {
    title: 'Dokumentation der Folgenabschätzungen',
    text: 'Ergebnisse der Folgenabschätzungen sind dokumentiert und werden für einen festgelegten Zeitraum aufbewahrt.',
  },
  'A.5.4': {
    title: 'Abschätzung der Folgen für Einzelne oder Gruppen',
    text: 'Mögliche Folgen von KI-Systemen für Einzelne und Gruppen werden abgeschätzt und dokumentiert.',
  },
  'A.5.5': {
    title: 'Abschätzung gesellschaftlicher Folgen',
    text: 'Mögliche Folgen von KI-Systemen für die Gesellschaft werden abgeschätzt und dokumentiert.',
  },
  'A.6.1.2': {
    title: 'Ziele für verantwortungsvolle Entwicklung',
    text: 'Ziele für die verantwortungsvolle Entwicklung von KI-Systemen sind ermittelt, dokumentiert und in die Entwicklung eingebunden.',
  },
  'A.6.1.3': {
    title: 'Prozesse für verantwortungsvolle Gestaltung und Entwicklung',
    text: 'Prozesse für die verantwortungsvolle Gestaltung und Entwicklung von KI-Systemen sind festgelegt und dokumentiert.',
  },
  'A.6.2.2': {
    title: 'Anforderungen und Spezifikation',
    text: 'Anforderungen an neue KI-Systeme oder an Änderungen bestehender sind spezifiziert und dokumentiert.',
  },
  'A.6.2.3': {
    title: 'Dokumentation von Gestaltung und Entwicklung',
    text: 'Gestaltung und Entwicklung von KI-Systemen sind gegen Ziele und Anforderungen dokumentiert.',
  },
  'A.6.2.4': {
    title: 'Verifizierung und Validierung',
    text: 'Maßnahmen zur Verifizierung und Validierung von KI-Systemen sind festgelegt und dokumentiert, mit Kriterien für ihren Einsatz.',
  },
  'A.6.2.5': {
    title: 'Bereitstellung',
    text: 'Ein Bereitstellungsplan liegt vor, und Anforderungen sind erfüllt, bevor ein KI-System in Betrieb geht.',
  },
  'A.6.2.6': {
    title: 'Betrieb und Überwachung',
    text: 'Was für den Betrieb von KI-Systemen nötig ist, einschließlich Überwachung, Reparaturen, Aktualisierungen und Support, ist festgelegt und dokumentiert.',
  },
  'A.6.2.7': {
    title: 'Technische Dokumentation',
    text: 'Die technische Dokumentation, die jede Gruppe interessierter Parteien zu einem KI-System braucht, ist bestimmt und wird bereitgestellt.',
  },
  'A.6.2.8': {
    title: 'Aufzeichnung von Ereignisprotokollen',
    text: 'Sie legen fest, in welchen Lebenszyklusphasen Ereignisprotokolle aktiviert sind, mindestens während das KI-System genutzt wird.',
  },
  'A.7.2': {
    title: 'Daten für Entwicklung und Weiterentwicklung',
    text: 'Prozesse des Datenmanagements für Entwicklung und Verbesserung von KI-Systemen sind festgelegt, dokumentiert und umgesetzt.',
  },
  'A.7.3': {
    title: 'Beschaffung von Daten',
    text: 'Wie Daten für KI-Systeme beschafft und ausgewählt werden, ist festgelegt und dokumentiert.',
  },
  'A.7.4': {
    title: 'Datenqualität',
    text: 'Anforderungen an die Datenqualität sind festgelegt, und die für KI-Systeme genutzten Daten erfüllen sie.',
  },
  'A.7.5': {
    title: 'Datenherkunft',
    text: 'Die Herkunft der in KI-Systemen genutzten Daten wird über Daten- und Systemlebenszyklus aufgezeichnet.',
  },
  'A.7.6': {
    title: 'Datenaufbereitung',
    text: 'Kriterien für die Auswahl der Datenaufbereitung und die genutzten Aufbereitungsmethoden sind festgelegt und dokumentiert.',
  },
  'A.8.2': {
    title: 'Systemdokumentation und Informationen für Nutzende',
    text: 'Nutzende erhalten die Informationen, die sie über das KI-System brauchen.',
  },
  'A.8.3': {
    title: 'Externe Berichterstattung',
    text: 'Interessierte Parteien können nachteilige Auswirkungen des KI-Systems melden.',
  },
  'A.8.4': {
    title: 'Kommunikation von Vorfällen',
    text: 'Ein Plan legt fest, wie Vorfälle den Nutzenden des KI-Systems mitgeteilt werden.',
  },
  'A.8.5': {
    title: 'Informationen für interessierte Parteien',
    text: 'Ihre Pflichten, interessierten Parteien Informationen über das KI-System zu geben, sind bestimmt und werden erfüllt.',
  },
  'A.9.2': {
    title: 'Prozesse für verantwortungsvolle Nutzung',
    text: 'Prozesse für die verantwortungsvolle Nutzung von KI-Systemen sind festgelegt und dokumentiert.',
  },
  'A.9.3': {
    title: 'Ziele für verantwortungsvolle Nutzung',
    text: 'Ziele für die verantwortungsvolle Nutzung von KI-Systemen sind ermittelt und dokumentiert.',
  },
  'A.9.4': {
    title: 'Bestimmungsgemäße Verwendung des KI-Systems',
    text: 'KI-Systeme werden bestimmungsgemäß und gemäß ihrer Begleitdokumentation genutzt.',
  },
  'A.10.2': {
    title: 'Zuweisung von Verantwortlichkeiten',
    text: 'Verantwortlichkeiten im Lebenszyklus des KI-Systems sind zwischen Ihnen, Partnern, Lieferanten, Kunden und Dritten aufgeteilt.',
  },
  'A.10.3': {
    title: 'Lieferanten',
    text: 'Ein Prozess stellt sicher, dass Dienste, Produkte oder Materialien von Lieferanten zu Ihrem Ansatz für verantwortungsvolle KI passen.',
  },
  'A.10.4': {
    title: 'Kunden',
    text: 'Ihr verantwortungsvoller Umgang mit KI berücksichtigt Erwartungen und Bedürfnisse der Kunden.',
  },
};

/** Deutsche Texte der vollständigen Gap-Analyse. */
export const full: FullTranslation = {
  locale: 'de',
  ui: {
    heading: 'Vollständige Gap-Analyse',
    intro:
      'Jede Anforderung der Abschnitte 4 bis 10 und jede Maßnahme aus Anhang A, eine nach der anderen, mit einem Entwurf der Erklärung zur Anwendbarkeit und einem Lückenverzeichnis am Ende. Planen Sie je Norm eine Stunde oder mehr ein. Ihre Antworten werden nach jeder Änderung in diesem Browser gespeichert; Sie können jederzeit unterbrechen und später weitermachen.',
    unsaved:
      'Dieser Browser lässt kein Speichern zu: Lassen Sie die Seite offen, bis Sie die Ergebnisse exportiert haben.',
    restored: 'Willkommen zurück: Ihre gespeicherten Antworten sind wiederhergestellt.',
    discarded:
      'Ihre gespeicherten Antworten gehörten zu einer früheren Version der Analyse und konnten nicht wiederhergestellt werden.',
    quickDiscarded:
      'Ihre Schnellcheck-Antworten gehörten zu einer früheren Version und dienen nicht mehr als Schätzung.',
    loading: 'Die vollständige Analyse wird geladen …',
    loadFailed:
      'Die vollständige Analyse konnte nicht geladen werden. Prüfen Sie die Verbindung und laden Sie die Seite neu.',
    start: 'Beginnen',
    sections: 'Abschnitte',
    profile: 'Ihre Organisation',
    progress: '{answered} von {total} bestätigt',
    prefilled: '{count} vorausgefüllt',
    sectionAnnounce: '{section}: {answered} von {total} bestätigt',
    unansweredOnly: 'Nur unbeantwortete',
    show: 'Anzeigen',
    all: 'Alle',
    unanswered: 'Nicht beantwortet',
    excluded: 'Trifft nicht zu',
    nothingShown: 'In diesem Abschnitt passt nichts zum Filter.',
    applicability: 'Trifft diese Maßnahme auf Sie zu?',
    applies: 'Trifft zu',
    doesNotApply: 'Trifft nicht zu',
    justification: 'Warum sie nicht zutrifft',
    suggested: 'Vorgeschlagene Begründung: {text}',
    useSuggestion: 'Diese Begründung übernehmen',
    status: 'Wie weit ist das umgesetzt?',
    reasons: 'Warum sie aufgenommen ist',
    details: 'Verantwortliche, Nachweise und Termine',
    owner: 'Verantwortlich',
    evidence: 'Nachweis (Aufzeichnung, Ticket, Link)',
    reference: 'Umsetzungsverweis (Dokument, Verfahren)',
    targetDate: 'Zieltermin',
    note: 'Notiz',
    carried: 'Übernommen aus {refs}. Prüfen Sie, ob es hier ebenso gilt.',
    estimate: 'Geschätzt aus Ihrer Schnellcheck-Antwort. Bestätigen oder ändern Sie es.',
    confirm: 'Bestätigen',
    related: 'Zugehörig in der anderen Norm: {refs}',
    grade: 'Feststellung: {grade}',
    previous: 'Vorheriger Abschnitt',
    next: 'Nächster Abschnitt',
    results: 'Zu den Ergebnissen',
    back: 'Zurück zur Analyse',
    resultsHeading: 'Ergebnisse der Gap-Analyse',
    readiness: '{standard}: {score}\u00a0% umgesetzt',
    readinessNone: '{standard}: noch nichts bewertet',
    reuse:
      'Ihre Antworten zur ISO/IEC 27001 decken bereits {implemented} der {of} Anforderungen und Maßnahmen der ISO/IEC 42001 vollständig und {partly} teilweise ab.',
    gapsHeading: 'Lückenverzeichnis',
    gapsEmpty: 'Keine Lücken: Jede bewertete Anforderung und Maßnahme ist konform.',
    sortBy: 'Sortieren nach',
    sortGrade: 'Einstufung',
    sortSection: 'Abschnitt',
    requirement: 'Anforderung oder Maßnahme',
    gradeColumn: 'Einstufung',
    missing: 'Was fehlt',
    nextStep: 'Nächster Schritt',
    due: 'Zieltermin',
    documentsHeading: 'Verpflichtend dokumentierte Information',
    soaHeading: 'Erklärung zur Anwendbarkeit (Entwurf)',
    downloadCsv: '{standard}: Erklärung zur Anwendbarkeit (CSV)',
    downloadJson: '{standard}: Erklärung zur Anwendbarkeit (JSON)',
    downloadResult: 'Vollständiges Ergebnis (JSON)',
    print: 'Drucken oder als PDF speichern',
    gated:
      'Das Lückenverzeichnis, die Checkliste der verpflichtend dokumentierten Information und die Entwürfe der Erklärung zur Anwendbarkeit folgen, sobald Sie das Formular unten senden. Ihre Antworten bleiben in jedem Fall in diesem Browser gespeichert.',
    unlocked:
      'Das Lückenverzeichnis, die Checkliste und die Entwürfe der Erklärung zur Anwendbarkeit stehen jetzt oben.',
  },
  sections: {
    '27001:4': 'Abschnitt 4 · Kontext der Organisation',
    '27001:5': 'Abschnitt 5 · Führung',
    '27001:6': 'Abschnitt 6 · Planung',
    '27001:7': 'Abschnitt 7 · Unterstützung',
    '27001:8': 'Abschnitt 8 · Betrieb',
    '27001:9': 'Abschnitt 9 · Bewertung der Leistung',
    '27001:10': 'Abschnitt 10 · Verbesserung',
    '27001:A.5': 'A.5 · Organisatorische Maßnahmen',
    '27001:A.6': 'A.6 · Personenbezogene Maßnahmen',
    '27001:A.7': 'A.7 · Physische Maßnahmen',
    '27001:A.8': 'A.8 · Technologische Maßnahmen',
    '42001:4': 'Abschnitt 4 · Kontext der Organisation',
    '42001:5': 'Abschnitt 5 · Führung',
    '42001:6': 'Abschnitt 6 · Planung',
    '42001:7': 'Abschnitt 7 · Unterstützung',
    '42001:8': 'Abschnitt 8 · Betrieb',
    '42001:9': 'Abschnitt 9 · Bewertung der Leistung',
    '42001:10': 'Abschnitt 10 · Verbesserung',
    '42001:A.2': 'A.2 · KI-bezogene Politiken',
    '42001:A.3': 'A.3 · Interne Organisation',
    '42001:A.4': 'A.4 · Ressourcen für KI-Systeme',
    '42001:A.5': 'A.5 · Abschätzung der Folgen von KI-Systemen',
    '42001:A.6': 'A.6 · Lebenszyklus von KI-Systemen',
    '42001:A.7': 'A.7 · Daten für KI-Systeme',
    '42001:A.8': 'A.8 · Informationen für interessierte Parteien',
    '42001:A.9': 'A.9 · Nutzung von KI-Systemen',
    '42001:A.10': 'A.10 · Beziehungen zu Dritten und Kunden',
  },
  clauses,
  clauses27001,
  clauses42001,
  controls27001,
  controls42001,
  scoping: {
    heading: 'Umfang der Analyse',
    premises: {
      text: 'Über welche Räumlichkeiten verfügt Ihre Organisation?',
      options: {
        own: 'Eigene Büros, Serverräume oder Standorte',
        shared: 'Flächen in einem gemeinsam genutzten oder betreuten Gebäude',
        none: 'Keine: wir arbeiten remote und nutzen Cloud-Dienste',
      },
    },
    development: {
      text: 'Entwickeln Sie Software?',
      options: {
        'in-house': 'Ja, selbst',
        outsourced: 'Nur über Auftragnehmer oder Agenturen',
        none: 'Nein',
      },
    },
    aiSystems: {
      text: 'Welche KI-Systeme gehören zum Anwendungsbereich des KI-Managementsystems? Eines pro Zeile.',
      help: 'Die Erklärung zur Anwendbarkeit nach 42001 nennt sie. Produkte, interne Modelle und genutzte KI-Dienste zählen alle.',
    },
  },
  statuses: {
    implemented: 'Umgesetzt',
    partly: 'Teilweise umgesetzt',
    planned: 'Geplant',
    'not-started': 'Nicht begonnen',
    unsure: 'Nicht sicher',
  },
  grades: {
    conformant: 'Konform',
    'minor-gap': 'Geringfügige Lücke',
    'major-gap': 'Wesentliche Lücke',
    'not-assessed': 'Nicht bewertet',
  },
  reasons: {
    risk: 'Risikobeurteilung',
    legal: 'Gesetzlich oder regulatorisch',
    contractual: 'Vertraglich',
    business: 'Geschäftlicher Bedarf',
  },
  sources: {
    answer: 'Bestätigt',
    carried: 'Übernommen',
    estimate: 'Schätzung aus dem Schnellcheck',
    none: 'Nicht beantwortet',
  },
  suggestions: {
    'no-premises':
      'Keine eigenen Räumlichkeiten: Wir arbeiten remote und nutzen Cloud-Dienste; der physische Schutz der Rechenzentren liegt bei den Anbietern und ist über Lieferanten- und Cloud-Maßnahmen (A.5.19–A.5.23) abgedeckt.',
    'shared-premises':
      'Gemeinsam genutztes Gebäude: Perimeter, Zutritt, Versorgung und Verkabelung verantwortet laut Mietvertrag der Vermieter; wir steuern unsere eigenen Räume.',
    'no-development':
      'Wir entwickeln keine Software, weder selbst noch im Auftrag; Software wird als Produkt oder Dienst bezogen und über Lieferantenmaßnahmen abgedeckt.',
    'no-ai':
      'Wir entwickeln, liefern oder nutzen keine eigenen KI-Systeme; Lebenszyklus- und Datenmaßnahmen finden keinen Gegenstand.',
    'ai-procured':
      'Wir nutzen KI-Systeme Dritter so, wie sie geliefert werden, und gestalten, entwickeln oder trainieren keine; Lieferantenmaßnahmen (A.10.3) tragen die Anforderungen.',
    'no-ai-customers': 'Wir stellen Kunden kein KI-System und keinen KI-gestützten Dienst bereit.',
    'quick-na': 'Im Schnellcheck mit „Trifft auf uns nicht zu“ beantwortet; begründen Sie es.',
  },
  documents: {
    scope: 'Anwendungsbereich des Managementsystems (4.3)',
    policy: 'Informationssicherheitspolitik (5.2)',
    'risk-assessment-process': 'Prozess der Risikobeurteilung (6.1.2)',
    'risk-treatment-process': 'Prozess der Risikobehandlung (6.1.3)',
    soa: 'Erklärung zur Anwendbarkeit (6.1.3)',
    'risk-treatment-plan': 'Risikobehandlungsplan (6.1.3)',
    objectives: 'Informationssicherheitsziele (6.2)',
    competence: 'Kompetenznachweise (7.2)',
    'operational-records': 'Nachweise, dass Prozesse wie geplant liefen (8.1)',
    'risk-assessment-results': 'Ergebnisse der Risikobeurteilung (8.2)',
    'risk-treatment-results': 'Ergebnisse der Risikobehandlung (8.3)',
    'monitoring-results': 'Ergebnisse von Überwachung und Messung (9.1)',
    'audit-programme': 'Internes Auditprogramm (9.2.2)',
    'audit-results': 'Ergebnisse interner Audits (9.2.2)',
    'review-results': 'Ergebnisse der Managementbewertung (9.3.3)',
    nonconformities: 'Nichtkonformitäten und Korrekturmaßnahmen (10.2)',
    'ai-policy': 'KI-Politik (5.2)',
    'ai-objectives': 'KI-Ziele (6.2)',
    'impact-assessment-process': 'Prozess der Folgenabschätzung für KI-Systeme (6.1.4)',
    'impact-assessment-results': 'Ergebnisse der Folgenabschätzung für KI-Systeme (8.4)',
  },
  documentStates: {
    present: 'Vorhanden, mit Verweis',
    unreferenced: 'Vorhanden, ohne Verweis',
    partial: 'Teilweise vorhanden',
    missing: 'Fehlt',
    unknown: 'Nicht bewertet',
  },
  gap: {
    missing: {
      'excluded-unjustified': 'Ausgeschlossen ohne Begründung',
      unanswered: 'Noch nicht bewertet',
      unsure: 'Niemand weiß, ob es umgesetzt ist',
      'critical-partly': 'Nur teilweise umgesetzt, und die Zertifizierung hängt daran',
      partly: 'Nur teilweise umgesetzt',
      'control-planned-dated': 'Geplant, noch nicht umgesetzt',
      missing: 'Nicht umgesetzt',
    },
    next: {
      'excluded-unjustified': 'Begründen Sie, warum es nicht zutrifft, oder nehmen Sie es auf.',
      unanswered: 'Bewerten Sie es mit der verantwortlichen Person.',
      unsure: 'Fragen Sie die Verantwortlichen und suchen Sie Nachweise.',
      'critical-partly': 'Zuerst fertigstellen: ein Stufe-1-Audit prüft es.',
      partly: 'Schließen Sie, was fehlt, und halten Sie den Nachweis fest.',
      'control-planned-dated': 'Halten Sie den Zieltermin und halten Sie den Nachweis fest.',
      missing: 'Geben Sie ihm im Risikobehandlungsplan Verantwortliche und einen Zieltermin.',
    },
  },
  soa: {
    control: 'Maßnahme',
    title: 'Titel',
    theme: 'Thema',
    applicable: 'Anwendbar',
    reasons: 'Grund der Aufnahme',
    exclusion: 'Begründung des Ausschlusses',
    status: 'Umsetzungsstand',
    source: 'Quelle',
    reference: 'Umsetzungsverweis',
    owner: 'Verantwortlich',
    evidence: 'Nachweis',
    plannedDate: 'Geplanter Termin',
    related: 'Zugehörige Maßnahmen der ISO/IEC 27001',
    aiSystems: 'KI-Systeme im Anwendungsbereich',
    yes: 'Ja',
    no: 'Nein',
    reasonsToComplete: 'Noch zu ergänzen: Risiko, Gesetz, Vertrag oder Geschäftszweck',
    exclusionSuggested: 'Noch zu entscheiden, Ausschluss vorgeschlagen: {reason}',
    heading: 'Erklärung zur Anwendbarkeit (Entwurf): {standard}',
    draftNote:
      'Entwurf aus einer Selbstbewertung: Als „Übernommen“ oder „Schätzung“ gekennzeichnete Werte sind vor der Freigabe zu bestätigen.',
    document: {
      title: 'Dokument',
      organisation: 'Organisation',
      version: 'Version',
      date: 'Datum',
      preparedBy: 'Erstellt von',
      approvedBy: 'Freigegeben von',
      notApproved: 'Noch nicht freigegeben',
      status: 'Status',
      draft: 'Entwurf',
      approved: 'Freigegeben',
      notAssessed: '{count} Anforderungen und Maßnahmen noch nicht bewertet',
    },
  },
  work: {
    overall: '{answered} von {total} bestätigt',
    nextUnanswered: 'Nächste offene',
    allAnswered: 'Alle Anforderungen und Maßnahmen sind bestätigt.',
    continueAt: 'Weiter bei {id}',
    restoredAt:
      'Willkommen zurück: Wiederhergestellt ist der Stand, der am {date} in diesem Browser gespeichert wurde.',
    unsavedSince:
      'Änderungen nach {date} konnten in diesem Browser nicht gespeichert werden und fehlen hier. Falls Sie eine Kopie als Datei gesichert haben, öffnen Sie diese.',
    saveFailed:
      'Das Speichern in diesem Browser ist ausgefallen: Der Speicher ist voll oder gesperrt. Ihre letzten Änderungen gibt es nur auf dieser Seite. Sichern Sie jetzt eine Kopie als Datei, um sie zu behalten.',
    saveCopy: 'Kopie sichern (JSON)',
    openFile: 'Gesicherte Bewertung öffnen',
    imported: 'Die am {date} gesicherte Bewertung ist geöffnet.',
    importDamaged:
      'Diese Datei ließ sich nicht lesen: Sie ist keine gesicherte Bewertung oder beschädigt. Es wurde nichts geändert.',
    importVersion:
      'Diese Datei stammt aus einer anderen Version der Bewertung und lässt sich hier nicht öffnen. Es wurde nichts geändert.',
    importScope: 'Diese Datei betrifft andere Normen als diese Bewertung. Es wurde nichts geändert.',
    importQuickDropped:
      'Ihre Antworten aus dem Schnellcheck gehören zu einer früheren Version und wurden weggelassen.',
    view: 'Ansicht',
    cards: 'Einzeln',
    table: 'Tabelle',
    id: 'Nr.',
    title: 'Titel',
    applies: 'Anwendbar',
    select: '{id} auswählen',
    selectAll: 'Alle angezeigten auswählen',
    openEntry: '{id} öffnen',
    closeEntry: 'Schließen',
    keys: 'Tasten in einer Zeile: 1 Umgesetzt, 2 Teilweise, 3 Geplant, 4 Nicht begonnen, 5 Unklar, 0 Nicht anwendbar, J nächste Zeile, K vorige Zeile, Eingabe öffnet den Eintrag.',
    keyAnnounce: '{id}: {value}',
    bulkHeading: 'Mehrere auf einmal ändern',
    bulkSelected: 'Gilt für die {count} ausgewählten',
    bulkShown: 'Gilt für die {count} angezeigten',
    markNotApplicable: 'Als nicht anwendbar markieren',
    addReason: 'Grund der Aufnahme ergänzen',
    setOwner: 'Verantwortliche Person setzen',
    setDate: 'Zieltermin setzen',
    apply: 'Übernehmen',
    undo: 'Rückgängig: {action}',
    changed: '{action}: {count} geändert. Rückgängig ist möglich.',
    undone: 'Rückgängig gemacht: {action}',
    nothingChanged: 'Unter diesen Einträgen gibt es nichts zu ändern.',
    actionNotApplicable: 'als nicht anwendbar markiert',
    actionReason: 'Grund der Aufnahme ergänzt',
    actionOwner: 'Verantwortliche Person gesetzt',
    actionDate: 'Zieltermin gesetzt',
    actionImport: 'gesicherte Bewertung geöffnet',
    withoutSuggestion:
      'Für {count} gibt es keine vorgeschlagene Begründung: Schreiben Sie jeweils, warum sie nicht zutreffen.',
    lookIn: 'Suchen in',
    thisSection: 'Diesem Abschnitt',
    everywhere: 'Der gesamten Bewertung',
    finding: 'Befund',
    any: 'Alle',
    ownerFilter: 'Verantwortlich enthält',
    prefilledOnly: 'Nur vorausgefüllte',
    matches: '{count} Treffer',
    desk: 'Die vollständige Gap-Analyse ist für den Schreibtisch oder den Bildschirm im Workshop gedacht. Sichern Sie auf dem Smartphone eine Kopie und öffnen Sie diese am Laptop, um weiterzumachen.',
    exportMenu: 'Exportieren',
    gapCsv: 'Gap-Register (CSV)',
    folded: '{count} Anforderungen und Maßnahmen noch nicht bewertet',
    documentHeading: 'Dokumentangaben für die Exporte',
    organisation: 'Organisation des Kunden',
    preparedBy: 'Erstellt von',
    approvedBy: 'Freigegeben von',
    version: 'Version',
    preparedFor: 'Erstellt für {organisation}',
    printedOn: 'Datum: {date}',
  },
};
