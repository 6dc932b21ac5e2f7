import type { bank as english } from '../en/bank.js';

const STATUS_OPTIONS = {
  none: 'Noch nichts',
  'in-progress': 'Wir arbeiten darauf hin',
  aligned: 'Wir sehen uns als an der Norm ausgerichtet (Selbsterklärung, nicht extern auditiert)',
  certified: 'Wir sind zertifiziert',
};

const YES_NO_UNSURE = { yes: 'Ja', no: 'Nein', unsure: 'Nicht sicher' };

/** Deutsche Texte aller Fragen, nach Fragen-ID. */
export const bank: typeof english = {
  org_size: {
    text: 'Wie viele Personen arbeiten für Ihre Organisation, langfristig tätige freie Mitarbeitende eingeschlossen?',
    help: 'Zertifizierungsstellen bemessen den Auditaufwand nach der Zahl der Beschäftigten, und größere Organisationen haben mehr Personen, Systeme und Standorte abzudecken. Die Größenklasse bestimmt daher die Zeitpläne und Kostenspannen in Ihrem Ergebnis.',
    options: {
      '1-9': '1 bis 9',
      '10-49': '10 bis 49',
      '50-249': '50 bis 249',
      '250-999': '250 bis 999',
      '1000-plus': '1.000 oder mehr',
    },
  },
  markets: {
    text: 'Wo sind Ihre Kunden? Wählen Sie alle Regionen, in die Sie verkaufen.',
    help: 'Die Märkte entscheiden, welche Vorschriften und welche Erwartungen von Käufern gelten. So kann die KI-Verordnung der EU auch ein KI-System erfassen, dessen Ergebnisse in der EU verwendet werden, wenn sein Anbieter außerhalb der EU sitzt.',
    options: {
      eu: 'Europäische Union',
      uk: 'Vereinigtes Königreich',
      us: 'Vereinigte Staaten',
      india: 'Indien',
      other: 'Andere Regionen',
    },
  },
  buyers: {
    text: 'Wer verlangt von Ihnen heute oder demnächst Nachweise zu Ihrer Informationssicherheit oder KI-Governance? Wählen Sie alle zutreffenden Gruppen.',
    help: 'Jede Gruppe akzeptiert andere Nachweise. Kleineren Kunden genügen oft ein ausgefüllter Sicherheitsfragebogen und Ihre Richtlinien; Großunternehmen, öffentliche Auftraggeber und Investoren in späteren Phasen verlangen meist ein Zertifikat einer akkreditierten Zertifizierungsstelle.',
    options: {
      smb: 'Kunden aus kleinen und mittleren Unternehmen',
      enterprise: 'Großunternehmen mit Einkaufs- und Sicherheitsprüfungen',
      government: 'Behörden und andere öffentliche Auftraggeber',
      'investor-early': 'Investoren in frühen Phasen (Seed bis Series A)',
      'investor-late': 'Investoren in späteren Phasen oder Käufer (ab Series B, vor dem Börsengang)',
      none: 'Keine davon, oder überwiegend Privatkunden',
    },
  },
  regulated_sector: {
    text: 'Sind Sie in einer dieser regulierten Branchen tätig, oder verkaufen Sie an Unternehmen daraus?',
    help: 'Organisationen in diesen Branchen unterliegen einer Aufsicht, die auch von ihren Lieferanten formale, extern geprüfte Nachweise erwartet. Wer an sie verkauft, muss die Messlatte daher ebenso hoch legen wie wer selbst darin tätig ist.',
    options: {
      finance: 'Finanzdienstleistungen (Banken, Versicherungen, Vermögensverwaltung)',
      payments: 'Zahlungsverkehr',
      health: 'Gesundheitswesen oder Life Sciences',
      'public-sector': 'Öffentlicher Sektor',
      'critical-infrastructure': 'Kritische Infrastrukturen (Energie, Verkehr, Wasser, Telekommunikation)',
      none: 'Keine davon',
    },
  },
  sensitive_data: {
    text: 'Welche Arten sensibler Informationen speichern oder verarbeiten Sie, auch im Auftrag Ihrer Kunden?',
    help: 'Zählen Sie Daten, die Sie für Kunden verarbeiten, ebenso mit wie Ihre eigenen. Sensibel sind Informationen, deren Verlust oder Offenlegung Menschen oder den Kunden, die sie Ihnen anvertraut haben, ernsthaft schaden würde.',
    options: {
      'personal-data': 'Personenbezogene Daten einer großen Zahl von Menschen',
      'special-category':
        'Gesundheits- oder biometrische Daten und andere besondere Kategorien personenbezogener Daten',
      financial: 'Zahlungskarten- oder Kontodaten',
      'customer-confidential':
        'Vertrauliche Geschäftsdaten von Kunden (Quellcode, Verträge, interne Dokumente)',
      none: 'Keine davon',
    },
  },
  security_maturity: {
    text: 'Welche Beschreibung trifft heute am ehesten auf Ihre Informationssicherheit zu?',
    help: 'Kaum jemand passt genau zu einer Beschreibung; wählen Sie die nächstliegende. Sie zeigt uns, wie viel Grundlagenarbeit nötig ist, bevor das Managementsystem selbst laufen kann.',
    options: {
      low: 'Grundlegend: Wir verlassen uns auf gute Gewohnheiten und unsere Cloud-Anbieter, haben wenige schriftliche Richtlinien und prüfen Zugriffsrechte nicht regelmäßig',
      medium:
        'Etabliert: Mehr-Faktor-Authentifizierung überall, zentrale Richtlinien schriftlich festgelegt, Wiederherstellung aus Backups getestet, jemand ist in Teilzeit für Sicherheit zuständig',
      high: 'Ausgereift: eine eigens für Sicherheit verantwortliche Person, regelmäßige Risikobewertungen und Penetrationstests, Sicherheitsfragebögen werden aus vorhandenen Nachweisen beantwortet',
    },
  },
  ai_role: {
    text: 'Welche Aussage beschreibt am besten, wie Ihre Organisation KI einsetzt?',
    help: 'Berücksichtigen Sie maschinelles Lernen und generative KI sowie die KI-Werkzeuge, die Ihre Beschäftigten bei der Arbeit nutzen. Trifft mehreres zu, wählen Sie die am weitesten unten stehende Aussage, die auf Sie zutrifft.',
    options: {
      none: 'Wir setzen KI weder in unseren Produkten noch in unserer Arbeit ein',
      procures:
        'Wir nutzen KI-Werkzeuge oder -Schnittstellen anderer Anbieter für unsere eigene Arbeit, unser Produkt enthält aber keine KI',
      feature:
        'KI ist eine Funktion unter vielen in unserem Produkt, selbst entwickelt oder auf Basis eines fremden Modells',
      core: 'KI ist das Produkt: Unser Wert entsteht aus Modellen, die wir entwickeln, trainieren oder feinabstimmen',
    },
  },
  ai_affects_people: {
    text: 'Werden die Ergebnisse Ihrer KI für Entscheidungen über Menschen verwendet? Wählen Sie alle betroffenen Gruppen.',
    help: 'Zählen Sie Entscheidungen, die die KI selbst trifft, und solche, die sie vorbereitet, etwa die Reihung von Bewerbungen, das Markieren von Transaktionen, die Ersteinschätzung von Patientinnen und Patienten oder die Priorisierung öffentlicher Leistungen. Entscheidungen über Menschen erhöhen die Anforderungen an Folgenabschätzung und menschliche Aufsicht.',
    options: {
      customers: 'Kunden oder Endnutzer unseres Produkts',
      staff: 'Unsere Beschäftigten oder Bewerberinnen und Bewerber',
      patients: 'Patientinnen und Patienten',
      citizens: 'Bürgerinnen und Bürger oder die Öffentlichkeit',
      none: 'Nein, sie fließen in keine Entscheidungen über Menschen ein',
    },
  },
  eu_ai_act_high_risk: {
    text: 'Wird Ihre KI in einem Bereich eingesetzt, den die KI-Verordnung der EU als hochriskant einstuft?',
    help: 'Zu den Hochrisikobereichen zählen Personalauswahl und Beschäftigtenmanagement, Kreditwürdigkeitsprüfung und die Preisgestaltung von Lebens- und Krankenversicherungen, der Zugang zu Bildung und die Bewertung von Prüfungen, der Zugang zu grundlegenden öffentlichen Diensten und Leistungen, Medizinprodukte, Strafverfolgung, Migration und Grenzkontrolle, Rechtspflege sowie Sicherheitsbauteile kritischer Infrastrukturen. Für Hochrisiko-KI-Systeme gelten gesetzliche Pflichten, die über jede ISO-Norm hinausgehen. Wenn Sie unsicher sind, geben Sie das an.',
    options: YES_NO_UNSURE,
  },
  ai_function: {
    text: 'Wie ist Ihre KI-Arbeit organisiert?',
    help: 'Davon hängt ab, ob ein gemeinsames Managementsystem für Informationssicherheit und KI zu Ihnen passt oder zwei Systeme auf gemeinsamem Fundament. Eine eigenständige Einheit hat meist eigene Leitung, eigene Roadmap und eigene Infrastruktur.',
    options: {
      integrated: 'Innerhalb unserer Produkt- und Entwicklungsteams',
      separate: 'In einem eigenen Team oder einer eigenen Einheit, getrennt vom Kernprodukt',
    },
  },
  status_27001: {
    text: 'Was haben Sie heute für ISO/IEC 27001 vorzuweisen?',
    help: '„An der Norm ausgerichtet“ heißt: Sie haben ein Informationssicherheits-Managementsystem nach der Norm aufgebaut, einschließlich Risikobeurteilung, Erklärung zur Anwendbarkeit und internem Audit, aber kein externer Auditor hat es geprüft. „Zertifiziert“ heißt: Eine Zertifizierungsstelle hat Sie auditiert, und Ihr Zertifikat ist noch gültig.',
    options: STATUS_OPTIONS,
  },
  accreditation_27001: {
    text: 'Ist die Stelle, die Sie zertifiziert hat, von einer nationalen Akkreditierungsstelle für ISO/IEC 27001 akkreditiert?',
    help: 'Ein akkreditiertes Zertifikat trägt das Zeichen einer nationalen Akkreditierungsstelle wie UKAS (Vereinigtes Königreich), DAkkS (Deutschland), ANAB (USA), SAS (Schweiz) oder COFRAC (Frankreich) und lässt sich im Verzeichnis dieser Stelle oder in IAF CertSearch nachschlagen. Viele Großkunden lehnen Zertifikate ohne Akkreditierung ab. Wenn Sie das nicht bestätigen können, wählen Sie „Nicht sicher“: Wir behandeln das Zertifikat dann als nicht akkreditiert, bis es jemand geprüft hat.',
    options: YES_NO_UNSURE,
  },
  status_42001: {
    text: 'Was haben Sie heute für ISO/IEC 42001 vorzuweisen?',
    help: '„An der Norm ausgerichtet“ heißt: Sie haben ein KI-Managementsystem nach der Norm aufgebaut, einschließlich KI-Risikobeurteilung und Folgenabschätzung, Erklärung zur Anwendbarkeit und internem Audit, aber kein externer Auditor hat es geprüft. „Zertifiziert“ heißt: Eine Zertifizierungsstelle hat Sie auditiert, und Ihr Zertifikat ist noch gültig.',
    options: STATUS_OPTIONS,
  },
  accreditation_42001: {
    text: 'Ist die Stelle, die Sie zertifiziert hat, von einer nationalen Akkreditierungsstelle für ISO/IEC 42001 akkreditiert?',
    help: 'Akkreditiert wird je Norm, und ISO/IEC 42001 ist noch jung: Eine für ISO 27001 akkreditierte Stelle ist es für 42001 womöglich noch nicht. Prüfen Sie, ob das Zertifikat das Zeichen der Akkreditierungsstelle trägt (UKAS, DAkkS, ANAB, SAS, COFRAC …) und welcher Geltungsbereich im Verzeichnis dieser Stelle eingetragen ist. Wenn Sie das nicht bestätigen können, wählen Sie „Nicht sicher“: Wir behandeln das Zertifikat dann als nicht akkreditiert, bis es jemand geprüft hat.',
    options: YES_NO_UNSURE,
  },

  context_parties: {
    text: 'Haben Sie die externen und internen Themen, die Ihr Managementsystem prägen, schriftlich festgehalten, ebenso die Anforderungen von Kunden, Aufsichtsbehörden und anderen interessierten Parteien?',
    help: 'Auditoren erwarten eine kurze Übersicht der Themen (geschäftlich, rechtlich, technisch, organisatorisch, und ob der Klimawandel für Sie relevant ist) und der interessierten Parteien mit ihren Anforderungen, mindestens einmal jährlich überprüft. Eine solche Übersicht kann Informationssicherheit und KI-Governance gleichermaßen dienen. Antworten Sie „Teilweise“, wenn sie nur in den Köpfen existiert oder veraltet ist.',
  },
  isms_scope: {
    text: 'Haben Sie den Anwendungsbereich Ihres Informationssicherheits-Managementsystems dokumentiert: die Produkte, Dienstleistungen, Standorte, Teams und Systeme, die es umfasst, und alles Ausgenommene samt Begründung?',
    help: 'Die Festlegung des Anwendungsbereichs gehört zu den ersten Dokumenten, die eine Zertifizierungsstelle anfordert, und ihr Wortlaut steht später auf dem Zertifikat. „Ja“ bedeutet: ein schriftlich festgelegter, von der Leitung freigegebener Anwendungsbereich, der seine Grenzen benennt und die externen Dienste, von denen er abhängt, etwa Ihre Cloud-Anbieter.',
  },
  leadership: {
    text: 'Hat die oberste Leitung sichtbar Verantwortung für Ihr Managementsystem übernommen, mit einer verantwortlichen Führungskraft, zugewiesenen Rollen und Verantwortlichkeiten sowie dem nötigen Budget und der nötigen Zeit?',
    help: 'Nachweise sind etwa eine namentlich benannte verantwortliche Führungskraft, eine schriftliche Festlegung, wer welche Risiken, Maßnahmen und Audits verantwortet, und protokollierte Ressourcenentscheidungen der Leitung. Eine für Sicherheit zuständige Person ohne Rückendeckung der Leitung zählt als „Teilweise“.',
  },
  security_policy: {
    text: 'Haben Sie eine von der Leitung genehmigte Informationssicherheitspolitik, messbare Informationssicherheitsziele und themenspezifische Richtlinien (Zugang, zulässige Nutzung usw.), die die Beschäftigten gelesen haben?',
    help: 'Auditoren prüfen, ob die Politik genehmigt, bekannt gemacht und regelmäßig überprüft wird, ob die Ziele messbar sind und Verantwortliche und Termine haben und ob es themenspezifische Richtlinien überall dort gibt, wo Ihre Risiken sie erfordern. Eine heruntergeladene Vorlage, die nie angepasst oder verteilt wurde, ist bestenfalls „Teilweise“.',
  },
  risk_method: {
    text: 'Haben Sie ein schriftlich festgelegtes Verfahren, mit dem Sie Risiken identifizieren, analysieren und bewerten, mit Kriterien dafür, wann ein Risiko akzeptabel ist, und das bei jeder Anwendung zu konsistenten Ergebnissen führt?',
    help: 'Das Verfahren umfasst die Skalen für Eintrittswahrscheinlichkeit und Auswirkung, die Kriterien für die Risikoakzeptanz und die Frage, wer verbleibende Risiken akzeptieren darf. Diesen Teil des Risikomanagements können Sie einmal entwerfen und für Informationssicherheits- und KI-Risiken gleichermaßen anwenden. „Ja“ setzt voraus, dass es schriftlich festgehalten ist und tatsächlich angewendet wird; eine Tabellenkalkulation genügt.',
  },
  risk_assessment: {
    text: 'Haben Sie Ihre Informationssicherheitsrisiken mit diesem Verfahren beurteilt, jedes Risiko mit einem Risikoeigentümer, und wiederholen Sie die Beurteilung in geplanten Abständen und nach wesentlichen Änderungen?',
    help: 'Nachweis ist ein Risikoregister mit datierten Beurteilungen der Bedrohungen für Vertraulichkeit, Integrität und Verfügbarkeit von Informationen, benannten Risikoeigentümern und Einstufungen nach Ihren Kriterien, dazu der Beleg, dass es seither überprüft wurde. Eine einmalige Übung von vor Jahren zählt als „Teilweise“. Eine aktuelle Risikobeurteilung gehört zu den Meilensteinen, an denen sich zeigt, dass ein Managementsystem wirklich gelebt wird.',
  },
  soa: {
    text: 'Haben Sie eine Erklärung zur Anwendbarkeit für alle 93 Maßnahmen aus Anhang A der ISO 27001 (anwendbar oder nicht, warum, umgesetzt oder nicht), gestützt auf einen Risikobehandlungsplan mit Verantwortlichen und Terminen?',
    help: 'Die Erklärung zur Anwendbarkeit verknüpft die gewählten Maßnahmen mit Ihren Risiken und begründet jeden Ausschluss; Auditoren lesen sie früh und planen ihre Stichproben danach. Der Risikobehandlungsplan zeigt, wer was bis wann tut und dass die Risikoeigentümer die verbleibenden Risiken akzeptiert haben.',
  },
  competence_awareness: {
    text: 'Wissen Sie, welche Kompetenzen jede Rolle in Ihrem Managementsystem braucht, können Sie belegen, dass die Personen sie haben, und führen Sie Sensibilisierungsschulungen durch, die alle abschließen und deren Abschluss Sie nachverfolgen?',
    help: 'Nachweise sind Rollenanforderungen, Schulungsnachweise, Zertifikate oder Lebensläufe für Schlüsselrollen und die Abschlussquoten der Sensibilisierungsschulungen, üblicherweise beim Eintritt und danach jährlich (Phishing, Umgang mit Daten, Melden von Vorfällen). Ein gemeinsamer Prozess für Schulungen und Nachweise kann Themen der Informationssicherheit und der KI gleichermaßen abdecken.',
  },
  document_control: {
    text: 'Werden Ihre Richtlinien, Verfahren und Aufzeichnungen gelenkt: versioniert, freigegeben, planmäßig überprüft, für alle verfügbar, die sie brauchen, und vor unbefugter Änderung geschützt?',
    help: 'Jedes Werkzeug ist geeignet, ob Wiki, Dokumentenmanagementsystem oder Repository, solange Sie Verantwortliche, Versionshistorie, Freigaben, Überprüfungstermine und Aufbewahrungsfristen nachweisen können. Antworten Sie „Teilweise“, wenn es Dokumente gibt, aber niemand sagen kann, welche Fassung gilt.',
  },
  monitoring_measurement: {
    text: 'Haben Sie festgelegt, was Sie an Ihren Maßnahmen und Ihrem Managementsystem messen (Patch-Zeiten, durchgeführte Berechtigungsprüfungen, Vorfälle …), wer misst und wie oft, und ziehen Sie Konsequenzen aus den Ergebnissen?',
    help: 'Auditoren suchen nach einer kleinen Zahl festgelegter Kennzahlen mit Verantwortlichen, die planmäßig erhoben und dort besprochen werden, wo Entscheidungen fallen. Dashboards, die niemand ansieht, zählen als „Teilweise“.',
  },
  internal_audit: {
    text: 'Führen Sie ein Programm interner Audits für Ihr Managementsystem durch, mit geplanten Audits durch Personen, die von der auditierten Tätigkeit unabhängig sind, und mit dokumentierten und nachverfolgten Feststellungen?',
    help: 'Sie brauchen ein Auditprogramm, das über einen Zyklus (meist ein Jahr) alle Abschnitte der Norm und Ihre anwendbaren Maßnahmen abdeckt, Auditoren, die nicht ihre eigene Arbeit prüfen (externe Beratende sind in Ordnung), Auditberichte und nachverfolgte Feststellungen. Wenn Ihr Managementsystem die KI-Governance bereits umfasst, die Audits sie aber auslassen, antworten Sie „Teilweise“. Ein abgeschlossenes internes Audit ist Voraussetzung für die Zertifizierung und dafür, sich ehrlich als an der Norm ausgerichtet zu bezeichnen.',
  },
  management_review: {
    text: 'Bewertet die oberste Leitung das Managementsystem in geplanten Abständen, berücksichtigt dabei Auditergebnisse, Vorfälle, Risiken, Ziele, Messergebnisse und Rückmeldungen und hält ihre Entscheidungen fest?',
    help: 'Nachweis ist eine Aufzeichnung jeder Managementbewertung, aus der hervorgeht, dass die erwarteten Eingaben berücksichtigt und Entscheidungen zu Verbesserungen, Ressourcen und Änderungen getroffen wurden. Viele Organisationen führen eine gemeinsame Managementbewertung für Informationssicherheit und KI pro Quartal oder Halbjahr durch. Eine abgeschlossene Managementbewertung ist Voraussetzung für die Zertifizierung.',
  },
  corrective_action: {
    text: 'Wenn etwas schiefgeht oder ein Audit eine Lücke findet: Dokumentieren Sie es, ermitteln Sie die Ursache, beheben Sie es und prüfen Sie anschließend, ob die Korrektur gewirkt hat?',
    help: 'Auditoren suchen nach einem Register der Nichtkonformitäten oder nach Tickets mit Ursache, Maßnahmen, Verantwortlichen, Terminen und Wirksamkeitsprüfung sowie nach Anzeichen dafür, dass sich das System mit der Zeit verbessert. Symptome zu beheben, ohne sie festzuhalten, zählt als „Teilweise“.',
  },

  asset_inventory: {
    text: 'Führen Sie ein aktuelles Inventar Ihrer Informationswerte (Systeme, Datenspeicher, SaaS-Werkzeuge, Geräte) mit jeweils einer verantwortlichen Person und ein Klassifizierungsschema, das festlegt, wie jede Art von Information zu behandeln ist?',
    help: 'Nachweise sind ein Inventarverzeichnis (ein Export aus der Geräteverwaltung oder eine Tabelle genügt) mit Verantwortlichen, ein kurzes Klassifizierungsschema wie öffentlich, intern und vertraulich sowie Regeln zur zulässigen Nutzung, denen die Beschäftigten zugestimmt haben. Antworten Sie „Teilweise“, wenn in der Liste Ihre SaaS-Werkzeuge fehlen oder keine Verantwortlichen eingetragen sind.',
  },
  access_control: {
    text: 'Wird Zugriff auf Systeme und Daten nur nach dem Need-to-know-Prinzip und nach Genehmigung gewährt, beim Austritt oder Rollenwechsel umgehend entzogen und regelmäßig überprüft, mit Administratorrechten für nur wenige namentlich benannte Personen?',
    help: 'Nachweise sind eine Richtlinie zur Zugangssteuerung, Aufzeichnungen zu Eintritten, Wechseln und Austritten, regelmäßige abgezeichnete Berechtigungsprüfungen und eine Liste privilegierter Konten. Gemeinsam genutzte Administratorkonten oder Überprüfungen, die nie stattfinden, machen daraus „Teilweise“ oder „Nein“.',
  },
  authentication: {
    text: 'Ist die Mehr-Faktor-Authentifizierung für alle verbindlich eingerichtet, für E-Mail, Cloud-Konsolen, Code-Repositories und andere Geschäftssysteme, und sind ein Passwortmanager oder Single Sign-on im Einsatz?',
    help: '„Ja“ bedeutet: per Konfiguration erzwungen, nicht nur empfohlen, mit dokumentierten und genehmigten Ausnahmen. Auditoren können verlangen, die Einstellungen in Ihrem Identitätsanbieter zu sehen.',
  },
  cryptography: {
    text: 'Verschlüsseln Sie sensible Daten bei der Übertragung und im Ruhezustand, nach einer schriftlichen Regel dazu, welche Algorithmen zu verwenden sind und wie Schlüssel verwaltet werden?',
    help: 'Cloud-Standardeinstellungen verschlüsseln Speicher oft schon; die Lücke liegt meist bei der schriftlichen Regel und beim Schlüsselmanagement (wer auf Schlüssel zugreifen kann, Rotation, Sicherung). Nachweise sind ein Kryptografiestandard und eine Konfiguration, die ihm entspricht.',
  },
  endpoints: {
    text: 'Werden die Laptops und Smartphones, die auf Unternehmensdaten zugreifen, zentral verwaltet (verschlüsselt, aktualisiert, gegen Schadsoftware geschützt, aus der Ferne sperr- und löschbar) und vor Wiederverwendung oder Entsorgung sicher gelöscht?',
    help: 'Nachweise sind Berichte der Geräteverwaltung zu Verschlüsselung und Update-Stand, Regeln für das mobile Arbeiten sowie Entsorgungsprotokolle oder -zertifikate. Private Geräte, die ohne jede Kontrolle genutzt werden, machen daraus „Teilweise“ oder „Nein“.',
  },
  physical_security: {
    text: 'Sind Ihre Büros und alle Räume mit Geräten oder Papierakten durch Zutrittskontrolle, geregelten Besucherzugang und, wo nötig, Überwachung geschützt?',
    help: 'Wählen Sie „Trifft auf uns nicht zu“ nur, wenn Sie gar keine Räumlichkeiten haben, etwa als vollständig remote arbeitendes Team auf Cloud-Diensten; die Rechenzentren fallen dann unter Ihre Lieferantenprüfung. Gemeinschaftsbüros und Coworking-Flächen zählen trotzdem: Denken Sie an abschließbare Schränke und Bildschirme, die vor fremden Blicken geschützt sind.',
  },
  people_security: {
    text: 'Überprüfen Sie neue Beschäftigte in einem ihrer Rolle angemessenen Umfang, verankern Sie Sicherheits- und Vertraulichkeitspflichten in Verträgen oder Geheimhaltungsvereinbarungen, und entziehen Sie Zugänge und nehmen Geräte zurück, wenn jemand ausscheidet?',
    help: 'Nachweise sind Hintergrundprüfungen, wo rechtlich zulässig und verhältnismäßig, Arbeitsverträge oder Geheimhaltungsvereinbarungen, die Sicherheitspflichten nennen, und rechtzeitig abgeschlossene Checklisten für den Austritt.',
  },
  supplier_security: {
    text: 'Bevor Sie sich auf einen Lieferanten verlassen (Cloud, SaaS, Auftragnehmer, Anbieter von Modellen oder APIs): Prüfen Sie seine Informationssicherheit, regeln Sie die Verantwortlichkeiten im Vertrag und überprüfen Sie ihn regelmäßig?',
    help: 'Nachweise sind ein nach Risiko geordnetes Lieferantenverzeichnis, Unterlagen der Sorgfaltsprüfung wie Fragebögen oder die Zertifikate und Berichte des Lieferanten, Vertragsklauseln zur Sicherheit und zur Verteilung der Verantwortung sowie regelmäßige Überprüfungen. Derselbe Aufnahmeprozess kann für Sicherheits- und KI-Lieferanten dienen; KI-spezifische Prüfungen werden gesondert abgefragt.',
  },
  legal_privacy: {
    text: 'Haben Sie die Gesetze, Vorschriften und Verträge erfasst, aus denen sich für Sie Anforderungen an Informationssicherheit und Datenschutz ergeben (Datenschutzrecht, Branchenvorgaben, Kundenverträge), und können Sie zeigen, wie Sie diese erfüllen?',
    help: 'Nachweise sind ein Verzeichnis der gesetzlichen und vertraglichen Anforderungen mit Verantwortlichen, ein Verzeichnis von Verarbeitungstätigkeiten und Datenschutzhinweise, wo personenbezogene Daten im Spiel sind, sowie ein Verfahren für Betroffenenanfragen und die Meldung von Datenschutzverletzungen.',
  },
  vulnerability_management: {
    text: 'Finden und beheben Sie technische Schwachstellen planmäßig, mit nachverfolgtem Patchen, Schwachstellenscans und sicheren Basiskonfigurationen, innerhalb von Fristen, die Sie selbst festgelegt haben?',
    help: 'Nachweise sind Berichte von Scannern oder Warnungen zu Abhängigkeiten, Patch-Fristen nach Schweregrad, Basiskonfigurationen (etwa CIS Benchmarks oder Infrastructure as Code) und Ausnahmen mit Verantwortlichen.',
  },
  secure_development: {
    text: 'Entwickeln Sie Software sicher, mit Sicherheitsanforderungen, Code-Reviews, automatisierten Sicherheitstests und getrennten Entwicklungs-, Test- und Produktionsumgebungen?',
    help: 'Nachweise sind eine Richtlinie für sichere Entwicklung, geprüfte Pull Requests, Sicherheitstests in der Pipeline (statische Analyse, Prüfung von Abhängigkeiten), getrennte Umgebungen und eingeschränkter Zugriff auf die Produktion. Wählen Sie „Trifft auf uns nicht zu“ nur, wenn Sie keinerlei Software entwickeln, weder selbst noch ausgelagert.',
  },
  change_management: {
    text: 'Werden Änderungen an Ihren Systemen und Prozessen geplant, getestet, genehmigt und dokumentiert, mit einer Möglichkeit zur Rücknahme, und prüfen Sie ungeplante Änderungen auf ihre Auswirkungen?',
    help: 'Nachweise sind Change-Tickets oder Pull Requests mit Freigaben, Release-Aufzeichnungen und Auswertungen fehlgeschlagener Änderungen. Derselbe Prozess kann Aktualisierungen von KI-Modellen aufnehmen; Prüfungen speziell für KI-Releases werden gesondert abgefragt.',
  },
  logging_monitoring: {
    text: 'Zeichnen Ihre Systeme sicherheitsrelevante Ereignisse (Anmeldungen, administrative Aktionen, Fehler und bei KI-Systemen, wo angemessen, deren Nutzung und Ausgaben) in geschützten, zeitsynchronisierten Protokollen auf, die jemand auswertet?',
    help: 'Nachweise sind eine zentrale Protokollierung mit Aufbewahrungsregeln, Alarme bei verdächtigen Aktivitäten, synchronisierte Uhren und Belege dafür, dass Alarmen nachgegangen wird. Protokolle, die zwar existieren, aber nie ausgewertet werden, zählen als „Teilweise“.',
  },
  incident_management: {
    text: 'Haben Sie einen erprobten Prozess zur Reaktion auf Vorfälle, bei dem die Beschäftigten wissen, wie sie Vorfälle und Bedenken melden, und Vorfälle bewertet, bearbeitet, den Betroffenen mitgeteilt und auf Lehren hin ausgewertet werden?',
    help: 'Nachweise sind ein Reaktionsplan mit Rollen und Kontakten, ein allen bekannter Meldeweg, ein Vorfallregister, Ihre Meldepflichten gegenüber Kunden und Behörden sowie eine Übung oder die Auswertung eines echten Vorfalls innerhalb des letzten Jahres. Ein gemeinsamer Prozess kann Sicherheits- und KI-Vorfälle abdecken, wenn seine Playbooks beides berücksichtigen.',
  },
  backup_continuity: {
    text: 'Werden Sicherungen kritischer Daten erstellt, geschützt und in Tests wiederhergestellt, und haben Sie einen Notfallplan, um wichtige Dienste nach einer schweren Störung weiterzubetreiben oder wiederherzustellen?',
    help: 'Nachweise sind Sicherungseinstellungen und Protokolle von Wiederherstellungstests, Ziele für Wiederherstellungszeit und maximal tolerierbaren Datenverlust wichtiger Dienste sowie ein Plan für Betriebskontinuität oder Notfallwiederherstellung, der mindestens einmal im Jahr geübt wird.',
  },

  ai_scope: {
    text: 'Haben Sie die KI-Systeme erfasst, die Sie entwickeln, nutzen oder einkaufen, für jedes Ihre Rolle festgehalten (Entwickler, Anbieter oder Nutzer eines fremden Systems) und festgelegt, welche davon Ihr KI-Managementsystem umfasst?',
    help: 'Ein Verzeichnis der KI-Systeme und die Festlegung des Anwendungsbereichs sind der Ausgangspunkt von ISO 42001. Ihre Rolle zählt, weil sich die Pflichten derer, die KI entwickeln, von denen derer unterscheiden, die sie nutzen. Antworten Sie „Teilweise“, wenn in der Liste Werkzeuge fehlen, die Beschäftigte auf eigene Faust eingeführt haben.',
  },
  ai_policy: {
    text: 'Haben Sie eine von der Leitung genehmigte KI-Politik mit messbaren Zielen dafür, wie sich Ihre KI verhalten soll (Fairness, Genauigkeit, Transparenz …), abgestimmt auf Ihre übrigen Richtlinien und planmäßig überprüft?',
    help: 'Nachweise sind eine genehmigte KI-Politik mit Grundsätzen und Verpflichtungen, KI-Ziele mit Kennzahlen und Verantwortlichen, ein Vermerk, wie sie sich in Ihre Richtlinien zu Informationssicherheit, Datenschutz und Qualität einfügt, und ein Überprüfungstermin. Ein Werte-Bekenntnis auf der Website zählt als „Teilweise“.',
  },
  ai_accountability: {
    text: 'Ist für jedes KI-System jemand verantwortlich, und haben Sie die Ressourcen dokumentiert, auf die es angewiesen ist: Daten, Werkzeuge, Rechenkapazität und Personen mit den richtigen Kompetenzen?',
    help: 'Nachweise sind benannte Verantwortliche für die KI-Systeme, Rollenbeschreibungen für alle, die KI entwickeln, betreiben oder beaufsichtigen, und für jedes System eine Aufstellung seiner Datenquellen, Werkzeuge, Infrastruktur und des benötigten Fachwissens, mit Schulungen, wo Kompetenzen fehlen.',
  },
  ai_risk_assessment: {
    text: 'Haben Sie die Risiken Ihrer KI-Systeme (Verzerrungen, Fehler, Drift, Missbrauch, nicht erklärbare Entscheidungen) anhand festgelegter Kriterien beurteilt, mit Verantwortlichen, und wiederholen Sie die Beurteilung, wenn sich Systeme ändern?',
    help: 'Nachweis ist ein KI-Risikoregister, oder Ihr bestehendes Register ergänzt um KI-Risiken, mit datierten Beurteilungen, Verantwortlichen und Behandlungsentscheidungen, in geplanten Abständen und nach wesentlichen Änderungen an Modellen oder Daten überprüft. Eine aktuelle KI-Risikobeurteilung ist einer der Meilensteine für ISO 42001.',
  },
  ai_impact_assessment: {
    text: 'Haben Sie abgeschätzt, wie sich jedes KI-System auf Einzelpersonen, Gruppen und die Gesellschaft auswirken kann (unfaire Ergebnisse, Verlust an Privatsphäre, Schäden durch Fehler), und die Ergebnisse dokumentiert?',
    help: 'Eine Folgenabschätzung für KI-Systeme blickt nach außen auf die betroffenen Menschen statt auf Risiken für Ihr Unternehmen; ISO 27001 kennt nichts Vergleichbares. Nachweise sind ein festgelegtes Verfahren und je System eine abgeschlossene Abschätzung zu bestimmungsgemäßer Verwendung, Betroffenen, vorhersehbarem Missbrauch und Schwere, die aktuell gehalten wird und in Ihre Risikobehandlung einfließt.',
  },
  ai_soa: {
    text: 'Haben Sie eine Erklärung zur Anwendbarkeit für die Maßnahmen aus Anhang A der ISO 42001 (welche anwendbar sind, warum und ob sie umgesetzt sind) und einen Plan zur Behandlung Ihrer KI-Risiken?',
    help: 'Sie entspricht der Erklärung zur Anwendbarkeit nach ISO 27001, bezieht sich aber auf die 38 KI-Maßnahmen. Nachweise sind das Dokument mit einer Begründung für jede Aufnahme und jeden Ausschluss sowie ein Behandlungsplan mit Verantwortlichen und Terminen.',
  },
  ai_lifecycle: {
    text: 'Wenn Sie ein KI-System entwickeln oder ändern: Legen Sie vorab Anforderungen und Ziele für eine verantwortungsvolle Entwicklung fest, und führen Sie eine Entwurfs- und technische Dokumentation?',
    help: 'Nachweise sind ein festgelegter Entwicklungsprozess für KI mit Phasen und Freigaben, schriftliche Anforderungen einschließlich Leistungs- und Fairnesszielen, dokumentierte Entwurfsentscheidungen und eine technische Dokumentation wie Model Cards, mit der auch andere das System verstehen können.',
  },
  ai_data: {
    text: 'Wissen Sie, woher die Daten stammen, mit denen Ihre KI trainiert, feinabgestimmt oder gespeist wird, und prüfen Sie deren Qualität, Repräsentativität und Ihr Recht zur Nutzung, mit dokumentierten Aufbereitungsschritten?',
    help: 'Nachweise sind Datenquellen mit Lizenz oder Rechtsgrundlage, Herkunftsnachweise, Qualitäts- und Verzerrungsprüfungen sowie eine dokumentierte Aufbereitung wie Bereinigung und Annotation. Wählen Sie „Trifft auf uns nicht zu“ nur, wenn Sie keine eigenen Daten für Training, Feinabstimmung oder Retrieval bereitstellen, etwa weil Sie ein KI-Werkzeug genau so nutzen, wie es geliefert wird.',
  },
  ai_verification: {
    text: 'Wird ein KI-System vor der Inbetriebnahme oder vor der Freigabe einer neuen Version gegen Abnahmekriterien (Genauigkeit, Robustheit, Fairness) getestet, und wird die Bereitstellung freigegeben?',
    help: 'Nachweise sind Testpläne und -ergebnisse gegen festgelegte Schwellenwerte, Evaluierungsdatensätze, eine Freigabe vor dem Release und ein Bereitstellungsplan. Bei eingekauften KI-Werkzeugen zählt eine dokumentierte Evaluierung vor der Einführung.',
  },
  ai_monitoring: {
    text: 'Überwachen Sie KI-Systeme im Betrieb auf ihre Leistung (Fehler, Drift, Beschwerden, Missbrauch), und greifen Sie ein, wenn sie hinter den Erwartungen zurückbleiben?',
    help: 'Nachweise sind festgelegte Kennzahlen und Schwellenwerte, Berichte oder Dashboards, die jemand auswertet, Alarme bei nachlassender Leistung und Aufzeichnungen über die ergriffenen Maßnahmen (Nachtrainieren, Zurücksetzen auf eine frühere Version, eingeschränkte Nutzung).',
  },
  ai_responsible_use: {
    text: 'Haben Sie für jedes KI-System festgelegt, wofür es eingesetzt werden darf, wo seine Grenzen liegen und wo ein Mensch die Ausgabe prüfen muss oder übersteuern kann, und kontrollieren Sie, dass es so eingesetzt wird?',
    help: 'Nachweise sind dokumentierte vorgesehene und untersagte Verwendungen, Punkte menschlicher Aufsicht (wer was prüft, mit der Befugnis zu übersteuern), Anleitungen für Beschäftigte, die KI-Werkzeuge nutzen, und Prüfungen oder Protokolle, die zeigen, dass die Praxis den Regeln folgt.',
  },
  ai_transparency: {
    text: 'Erhalten Nutzer und von Ihrer KI betroffene Personen klare Informationen (dass KI beteiligt ist, wozu sie dient, wo ihre Grenzen liegen) und eine Möglichkeit, Probleme oder Schäden zu melden?',
    help: 'Nachweise sind Nutzerdokumentation oder Hinweise, auf die jeweilige Zielgruppe zugeschnittene Erklärungen, ein Meldeweg für Nutzer und Betroffene sowie ein Verfahren für den Umgang mit eingehenden Meldungen, einschließlich Meldungen an Behörden, wo das Gesetz sie verlangt.',
  },
  ai_suppliers: {
    text: 'Prüfen Sie KI-Modelle, APIs und Datensätze, die Sie von Dritten beziehen, vor und während der Nutzung anhand Ihrer Anforderungen an verantwortungsvolle KI (Dokumentation, Umgang mit Daten, Verwendung Ihrer Daten)?',
    help: 'Das geht über die Sorgfaltsprüfung zur Informationssicherheit hinaus: Nachweise sind Systemdokumentation oder Model Cards des Lieferanten, Vertragsbedingungen dazu, ob Ihre Daten seine Modelle trainieren, Evaluierungsergebnisse und regelmäßige Überprüfungen. Wählen Sie „Trifft auf uns nicht zu“ nur, wenn Sie keine Modelle, APIs oder Datensätze Dritter nutzen.',
  },
  ai_customers: {
    text: 'Informieren Sie Kunden, die Ihre KI nutzen, wofür sie gedacht ist und welche Verantwortung bei ihnen liegt, und berücksichtigen Sie deren Bedürfnisse und Rückmeldungen?',
    help: 'Nachweise sind Dokumentation und Vertragsbedingungen für Kunden, die den vorgesehenen Einsatz und die geteilten Verantwortlichkeiten darlegen, sowie ein Weg, auf dem Kundenrückmeldungen in Produktentscheidungen einfließen.',
  },
};
