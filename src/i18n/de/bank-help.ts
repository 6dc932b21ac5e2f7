import type { bankHelp as english } from '../en/bank-help.js';

/** Deutsche Hilfetexte aller Fragen, nach Fragen-ID. */
export const bankHelp: typeof english = {
  org_size:
    'Zertifizierungsstellen bemessen den Auditaufwand nach der Zahl der Beschäftigten, und größere Organisationen haben mehr Personen, Systeme und Standorte abzudecken. Die Größenklasse bestimmt daher die Zeitpläne und Kostenspannen in Ihrem Ergebnis.',
  markets:
    'Die Märkte entscheiden, welche Vorschriften und welche Erwartungen von Käufern gelten. So kann die KI-Verordnung der EU auch ein KI-System erfassen, dessen Ergebnisse in der EU verwendet werden, wenn sein Anbieter außerhalb der EU sitzt.',
  buyers:
    'Jede Gruppe akzeptiert andere Nachweise. Kleineren Kunden genügen oft ein ausgefüllter Sicherheitsfragebogen und Ihre Richtlinien; Großunternehmen, öffentliche Auftraggeber und Investoren vor dem Börsengang verlangen meist ein Zertifikat einer akkreditierten Zertifizierungsstelle.',
  regulated_sector:
    'Organisationen in diesen Branchen unterliegen einer Aufsicht, die auch von ihren Lieferanten formale, extern geprüfte Nachweise erwartet. Wer an sie verkauft, muss die Messlatte daher ebenso hoch legen wie wer selbst darin tätig ist.',
  sensitive_data:
    'Zählen Sie Daten, die Sie für Kunden verarbeiten, ebenso mit wie Ihre eigenen. Sensibel sind Informationen, deren Verlust oder Offenlegung Menschen oder den Kunden, die sie Ihnen anvertraut haben, ernsthaft schaden würde.',
  security_maturity:
    'Kaum jemand passt genau zu einer Beschreibung; wählen Sie die nächstliegende. Sie zeigt uns, wie viel Grundlagenarbeit nötig ist, bevor das Managementsystem selbst laufen kann.',
  ai_role:
    'Berücksichtigen Sie maschinelles Lernen und generative KI sowie die KI-Werkzeuge, die Ihre Beschäftigten bei der Arbeit nutzen. Trifft mehreres zu, wählen Sie die am weitesten unten stehende Aussage, die auf Sie zutrifft.',
  ai_affects_people:
    'Zählen Sie Entscheidungen, die die KI selbst trifft, und solche, die sie vorbereitet, etwa die Reihung von Bewerbungen, das Markieren von Transaktionen, die Ersteinschätzung von Patientinnen und Patienten oder die Priorisierung öffentlicher Leistungen. Entscheidungen über Menschen erhöhen die Anforderungen an Folgenabschätzung und menschliche Aufsicht.',
  eu_ai_act_high_risk:
    'Zu den Hochrisikobereichen zählen Personalauswahl und Beschäftigtenmanagement, Kreditwürdigkeitsprüfung und die Preisgestaltung von Lebens- und Krankenversicherungen, der Zugang zu Bildung und die Bewertung von Prüfungen, der Zugang zu grundlegenden öffentlichen Diensten und Leistungen, Medizinprodukte, Strafverfolgung, Migration und Grenzkontrolle, Rechtspflege sowie Sicherheitsbauteile kritischer Infrastrukturen. Für Hochrisiko-KI-Systeme gelten gesetzliche Pflichten, die über jede ISO-Norm hinausgehen. Wenn Sie unsicher sind, geben Sie das an.',
  ai_use:
    'Nach der KI-Verordnung der EU ist Anbieter, wer ein KI-System entwickelt, und Betreiber, wer es einsetzt; ein Kreditgeber, der sein eigenes Scoring-Modell nutzt, ist beides.',
  ai_gpai:
    'Ein Modell, das andere weiter trainieren oder in eigene Produkte einbauen, etwa ein großes Sprachmodell, das über eine API oder mit offenen Gewichten angeboten wird. Systemisches Risiko: mit sehr großer Rechenleistung trainiert oder von der EU als solches eingestuft. Sein Anbieter hat nach der KI-Verordnung der EU eigene Pflichten, unabhängig davon, wofür die darauf aufbauenden Produkte dienen.',
  ai_generates:
    'Für Chatbots, Assistenten und erzeugte Inhalte gelten eigene Transparenzpflichten, für Scoring- oder Ranking-Modelle in der Regel nicht.',
  ai_function:
    'Davon hängt ab, ob ein gemeinsames Managementsystem für Informationssicherheit und KI zu Ihnen passt oder zwei Systeme auf gemeinsamem Fundament. Eine eigenständige Einheit hat meist eigene Leitung, eigene Roadmap und eigene Infrastruktur.',
  ai_certificate_asked:
    'Es zählt nur eine Anfrage, die Sie tatsächlich erhalten haben; allgemeinem Interesse an KI-Governance begegnen Sie mit einer nachweisbaren Ausrichtung.',
  status_27001:
    '„An der Norm ausgerichtet“ heißt: Sie haben ein Informationssicherheits-Managementsystem nach der Norm aufgebaut und betreiben es; Risikobeurteilung, Erklärung zur Anwendbarkeit, internes Audit und Managementbewertung sind alle durchgeführt, aber kein externer Auditor hat es geprüft. „Zertifiziert“ heißt: Eine Zertifizierungsstelle hat Sie auditiert, und Ihr Zertifikat ist noch gültig.',
  accreditation_27001:
    'Ein akkreditiertes Zertifikat trägt das Zeichen einer nationalen Akkreditierungsstelle wie UKAS (Vereinigtes Königreich), DAkkS (Deutschland), ANAB (USA), SAS (Schweiz) oder COFRAC (Frankreich) und lässt sich im Verzeichnis dieser Stelle oder in IAF CertSearch nachschlagen. Viele Großkunden lehnen Zertifikate ohne Akkreditierung ab. Wenn Sie das nicht bestätigen können, wählen Sie „Nicht sicher“: Wir behandeln das Zertifikat dann als nicht akkreditiert, bis es jemand geprüft hat.',
  scope_27001:
    'Kunden lesen den Geltungsbereich auf dem Zertifikat und nicht nur, ob es eines gibt; ein Zertifikat für einen einzelnen Standort oder ein einzelnes Produkt deckt den Rest nicht ab.',
  edition_27001:
    'Ausgabe und Ablaufdatum stehen auf dem Zertifikat. Zertifikate nach der Ausgabe 2013 verloren mit dem 31. Oktober 2025 ihre Gültigkeit; auf ein ausgesetztes Zertifikat dürfen Sie sich nicht berufen, solange die Aussetzung dauert.',
  status_42001:
    '„An der Norm ausgerichtet“ heißt: Sie haben ein KI-Managementsystem nach der Norm aufgebaut und betreiben es; KI-Risikobeurteilung und Folgenabschätzung, Erklärung zur Anwendbarkeit, internes Audit und Managementbewertung sind alle durchgeführt, aber kein externer Auditor hat es geprüft. „Zertifiziert“ heißt: Eine Zertifizierungsstelle hat Sie auditiert, und Ihr Zertifikat ist noch gültig.',
  accreditation_42001:
    'Akkreditiert wird je Norm, und ISO/IEC 42001 ist noch jung: Eine für ISO 27001 akkreditierte Stelle ist es für 42001 womöglich noch nicht. Prüfen Sie, ob das Zertifikat das Zeichen der Akkreditierungsstelle trägt (UKAS, DAkkS, ANAB, SAS, COFRAC …) und welcher Geltungsbereich im Verzeichnis dieser Stelle eingetragen ist. Wenn Sie das nicht bestätigen können, wählen Sie „Nicht sicher“: Wir behandeln das Zertifikat dann als nicht akkreditiert, bis es jemand geprüft hat.',
  scope_42001:
    'Kunden lesen den Geltungsbereich auf dem Zertifikat; KI-Systeme, die außerhalb davon liegen, deckt es nicht ab.',
  context_parties:
    'Auditoren erwarten eine kurze Übersicht der Themen (geschäftlich, rechtlich, technisch, organisatorisch, und ob der Klimawandel für Sie relevant ist) und der interessierten Parteien mit ihren Anforderungen, mindestens einmal jährlich überprüft. Eine solche Übersicht kann Informationssicherheit und KI-Governance gleichermaßen dienen. Antworten Sie „Teilweise“, wenn sie nur in den Köpfen existiert oder veraltet ist.',
  isms_scope:
    'Die Festlegung des Anwendungsbereichs gehört zu den ersten Dokumenten, die eine Zertifizierungsstelle anfordert, und ihr Wortlaut steht später auf dem Zertifikat. „Ja“ bedeutet: ein schriftlich festgelegter, von der Leitung freigegebener Anwendungsbereich, der seine Grenzen benennt und die externen Dienste, von denen er abhängt, etwa Ihre Cloud-Anbieter.',
  leadership:
    'Nachweise sind etwa eine namentlich benannte verantwortliche Führungskraft, eine schriftliche Festlegung, wer welche Risiken, Maßnahmen und Audits verantwortet, und protokollierte Ressourcenentscheidungen der Leitung. Eine für Sicherheit zuständige Person ohne Rückendeckung der Leitung zählt als „Teilweise“.',
  security_policy:
    'Auditoren prüfen, ob die Politik genehmigt, bekannt gemacht und regelmäßig überprüft wird, ob die Ziele messbar sind und Verantwortliche und Termine haben und ob es themenspezifische Richtlinien überall dort gibt, wo Ihre Risiken sie erfordern. Eine heruntergeladene Vorlage, die nie angepasst oder verteilt wurde, ist bestenfalls „Teilweise“.',
  risk_method:
    'Das Verfahren umfasst die Skalen für Eintrittswahrscheinlichkeit und Auswirkung, die Kriterien für die Risikoakzeptanz und die Frage, wer verbleibende Risiken akzeptieren darf. Diesen Teil des Risikomanagements können Sie einmal entwerfen und für Informationssicherheits- und KI-Risiken gleichermaßen anwenden. „Ja“ setzt voraus, dass es schriftlich festgehalten ist und tatsächlich angewendet wird; eine Tabellenkalkulation genügt.',
  risk_assessment:
    'Nachweis ist ein Risikoregister mit datierten Beurteilungen der Bedrohungen für Vertraulichkeit, Integrität und Verfügbarkeit von Informationen, benannten Risikoeigentümern und Einstufungen nach Ihren Kriterien, dazu der Beleg, dass es seither überprüft wurde. Eine einmalige Übung von vor Jahren zählt als „Teilweise“. Eine aktuelle Risikobeurteilung gehört zu den Meilensteinen, an denen sich zeigt, dass ein Managementsystem wirklich gelebt wird.',
  soa: 'Die Erklärung zur Anwendbarkeit verknüpft die gewählten Maßnahmen mit Ihren Risiken und begründet jeden Ausschluss; Auditoren lesen sie früh und planen ihre Stichproben danach. Der Risikobehandlungsplan zeigt, wer was bis wann tut und dass die Risikoeigentümer die verbleibenden Risiken akzeptiert haben.',
  risk_acceptance:
    'Nachweis ist, dass namentlich benannte Risikoeigentümer den Behandlungsplan und die Restrisiken abgezeichnet haben; Auditoren wollen das sehen. Hat nur die für Sicherheit verantwortliche Person genehmigt, zählt das als „Teilweise“.',
  changes_communication:
    'Nachweise sind ein Vorgehen, mit dem Sie Änderungen an Anwendungsbereich, Rollen oder Prozessen planen, und ein einfacher Plan dafür, was intern und extern kommuniziert wird. Geschieht beides nur von Fall zu Fall, zählt das als „Teilweise“.',
  competence_awareness:
    'Nachweise sind Rollenanforderungen, Schulungsnachweise, Zertifikate oder Lebensläufe für Schlüsselrollen und die Abschlussquoten der Sensibilisierungsschulungen, üblicherweise beim Eintritt und danach jährlich (Phishing, Umgang mit Daten, Melden von Vorfällen). Ein gemeinsamer Prozess für Schulungen und Nachweise kann Themen der Informationssicherheit und der KI gleichermaßen abdecken.',
  document_control:
    'Jedes Werkzeug ist geeignet, ob Wiki, Dokumentenmanagementsystem oder Repository, solange Sie Verantwortliche, Versionshistorie, Freigaben, Überprüfungstermine und Aufbewahrungsfristen nachweisen können. Antworten Sie „Teilweise“, wenn es Dokumente gibt, aber niemand sagen kann, welche Fassung gilt.',
  monitoring_measurement:
    'Auditoren suchen nach einer kleinen Zahl festgelegter Kennzahlen mit Verantwortlichen, die planmäßig erhoben und dort besprochen werden, wo Entscheidungen fallen. Dashboards, die niemand ansieht, zählen als „Teilweise“.',
  internal_audit:
    'Sie brauchen ein Auditprogramm, das über einen Zyklus (meist ein Jahr) alle Abschnitte der Norm und Ihre anwendbaren Maßnahmen abdeckt, Auditoren, die nicht ihre eigene Arbeit prüfen (externe Beratende sind in Ordnung), Auditberichte und nachverfolgte Feststellungen. Antworten Sie nur für das Informationssicherheits-Managementsystem; nach dem KI-Managementsystem wird gesondert gefragt. Ein abgeschlossenes internes Audit ist Voraussetzung für die Zertifizierung und dafür, sich ehrlich als an der Norm ausgerichtet zu bezeichnen.',
  management_review:
    'Nachweis ist eine Aufzeichnung jeder Managementbewertung, aus der hervorgeht, dass die erwarteten Eingaben berücksichtigt und Entscheidungen zu Verbesserungen, Ressourcen und Änderungen getroffen wurden. Antworten Sie nur für das Informationssicherheits-Managementsystem; nach der KI-Seite wird gesondert gefragt. Eine abgeschlossene Managementbewertung ist Voraussetzung für die Zertifizierung.',
  corrective_action:
    'Auditoren suchen nach einem Register der Nichtkonformitäten oder nach Tickets mit Ursache, Maßnahmen, Verantwortlichen, Terminen und Wirksamkeitsprüfung sowie nach Anzeichen dafür, dass sich das System mit der Zeit verbessert. Symptome zu beheben, ohne sie festzuhalten, zählt als „Teilweise“.',
  asset_inventory:
    'Nachweise sind ein Inventarverzeichnis (ein Export aus der Geräteverwaltung oder eine Tabelle genügt) mit Verantwortlichen, ein kurzes Klassifizierungsschema wie öffentlich, intern und vertraulich sowie Regeln zur zulässigen Nutzung, denen die Beschäftigten zugestimmt haben. Antworten Sie „Teilweise“, wenn in der Liste Ihre SaaS-Werkzeuge fehlen oder keine Verantwortlichen eingetragen sind.',
  access_control:
    'Nachweise sind eine Richtlinie zur Zugangssteuerung, Aufzeichnungen zu Eintritten, Wechseln und Austritten, regelmäßige abgezeichnete Berechtigungsprüfungen und eine Liste privilegierter Konten. Gemeinsam genutzte Administratorkonten oder Überprüfungen, die nie stattfinden, machen daraus „Teilweise“ oder „Nein“.',
  authentication:
    '„Ja“ bedeutet: per Konfiguration erzwungen, nicht nur empfohlen, mit dokumentierten und genehmigten Ausnahmen. Auditoren können verlangen, die Einstellungen in Ihrem Identitätsanbieter zu sehen.',
  cryptography:
    'Cloud-Standardeinstellungen verschlüsseln Speicher oft schon; die Lücke liegt meist bei der schriftlichen Regel und beim Schlüsselmanagement (wer auf Schlüssel zugreifen kann, Rotation, Sicherung). Nachweise sind ein Kryptografiestandard und eine Konfiguration, die ihm entspricht.',
  endpoints:
    'Nachweise sind Berichte der Geräteverwaltung zu Verschlüsselung und Update-Stand, Regeln für das mobile Arbeiten sowie Entsorgungsprotokolle oder -zertifikate. Private Geräte, die ohne jede Kontrolle genutzt werden, machen daraus „Teilweise“ oder „Nein“.',
  network_security:
    'Nachweise sind Firewall- oder Security-Group-Regeln, getrennte Umgebungen und überprüfte Netzwerkdienste. Ein flaches Netz, in dem alles alles erreicht, zählt als „Nein“.',
  physical_security:
    'Wählen Sie „Trifft auf uns nicht zu“ nur, wenn Sie gar keine Räumlichkeiten haben, etwa als vollständig remote arbeitendes Team auf Cloud-Diensten; die Rechenzentren fallen dann unter Ihre Lieferantenprüfung. Gemeinschaftsbüros und Coworking-Flächen zählen trotzdem: Denken Sie an abschließbare Schränke und Bildschirme, die vor fremden Blicken geschützt sind.',
  people_security:
    'Nachweise sind Hintergrundprüfungen, wo rechtlich zulässig und verhältnismäßig, Arbeitsverträge oder Geheimhaltungsvereinbarungen, die Sicherheitspflichten nennen, und rechtzeitig abgeschlossene Checklisten für den Austritt.',
  supplier_security:
    'Nachweise sind ein nach Risiko geordnetes Lieferantenverzeichnis, Unterlagen der Sorgfaltsprüfung wie Fragebögen oder die Zertifikate und Berichte des Lieferanten, Vertragsklauseln zur Sicherheit und zur Verteilung der Verantwortung sowie regelmäßige Überprüfungen. Derselbe Aufnahmeprozess kann für Sicherheits- und KI-Lieferanten dienen; KI-spezifische Prüfungen werden gesondert abgefragt.',
  legal_privacy:
    'Nachweise sind ein Verzeichnis der gesetzlichen und vertraglichen Anforderungen mit Verantwortlichen, ein Verzeichnis von Verarbeitungstätigkeiten und Datenschutzhinweise, wo personenbezogene Daten im Spiel sind, sowie ein Verfahren für Betroffenenanfragen und die Meldung von Datenschutzverletzungen.',
  data_protection:
    'Nachweise sind schriftliche Regeln zur zulässigen Nutzung, tatsächlich gelebte Lösch- und Aufbewahrungsregeln, maskierte Testdaten und Schutz vor Datenabfluss, wo es darauf ankommt. Fügen Beschäftigte unkontrolliert Kundendaten in öffentliche KI-Werkzeuge ein, zählt das als „Nein“.',
  threat_intelligence:
    'Jemand verfolgt Sicherheitshinweise zu dem, was Sie betreiben, Warnungen führen zu Maßnahmen, und Kontakte zu Behörden und Branchengruppen werden gepflegt.',
  vulnerability_management:
    'Nachweise sind Berichte von Scannern oder Warnungen zu Abhängigkeiten, Patch-Fristen nach Schweregrad, Basiskonfigurationen (etwa CIS Benchmarks oder Infrastructure as Code) und Ausnahmen mit Verantwortlichen, dazu eine unabhängige Überprüfung Ihrer Informationssicherheit in geplanten Abständen, etwa ein Penetrationstest.',
  secure_development:
    'Nachweise sind eine Richtlinie für sichere Entwicklung, geprüfte Pull Requests, Sicherheitstests in der Pipeline (statische Analyse, Prüfung von Abhängigkeiten), getrennte Umgebungen und eingeschränkter Zugriff auf die Produktion. Wählen Sie „Trifft auf uns nicht zu“ nur, wenn Sie keinerlei Software entwickeln, weder selbst noch ausgelagert.',
  change_management:
    'Nachweise sind Change-Tickets oder Pull Requests mit Freigaben, Release-Aufzeichnungen und Auswertungen fehlgeschlagener Änderungen. Nach dem Nachtrainieren und der Feinabstimmung von Modellen wird gesondert gefragt, da sie einen eigenen Prozess brauchen.',
  logging_monitoring:
    'Nachweise sind eine zentrale Protokollierung mit Aufbewahrungsregeln, Alarme bei verdächtigen Aktivitäten, synchronisierte Uhren und Belege dafür, dass Alarmen nachgegangen wird. Protokolle, die zwar existieren, aber nie ausgewertet werden, zählen als „Teilweise“.',
  incident_management:
    'Nachweise sind ein Reaktionsplan mit Rollen und Kontakten, ein allen bekannter Meldeweg, ein Vorfallregister, Ihre Meldepflichten gegenüber Kunden und Behörden sowie eine Übung oder die Auswertung eines echten Vorfalls innerhalb des letzten Jahres. Nach KI-Fehlfunktionen wird gesondert gefragt: Ein gemeinsames Runbook kann beiden dienen, doch sie brauchen eigene Playbooks.',
  backup_continuity:
    'Nachweise sind Sicherungseinstellungen und Protokolle von Wiederherstellungstests, Ziele für Wiederherstellungszeit und maximal tolerierbaren Datenverlust wichtiger Dienste sowie ein Plan für Betriebskontinuität oder Notfallwiederherstellung, der mindestens einmal im Jahr geübt wird.',
  ai_scope:
    'Ein Verzeichnis der KI-Systeme und die Festlegung des Anwendungsbereichs sind der Ausgangspunkt von ISO 42001. Ihre Rolle zählt, weil sich die Pflichten derer, die KI entwickeln, von denen derer unterscheiden, die sie nutzen. Antworten Sie „Teilweise“, wenn in der Liste Werkzeuge fehlen, die Beschäftigte auf eigene Faust eingeführt haben.',
  ai_policy:
    'Nachweise sind eine genehmigte KI-Politik mit Grundsätzen und Verpflichtungen, KI-Ziele mit Kennzahlen und Verantwortlichen, ein Vermerk, wie sie sich in Ihre Richtlinien zu Informationssicherheit, Datenschutz und Qualität einfügt, und ein Überprüfungstermin. Ein Werte-Bekenntnis auf der Website zählt als „Teilweise“.',
  ai_accountability:
    'Nachweise sind benannte Verantwortliche für die KI-Systeme, Rollenbeschreibungen für alle, die KI entwickeln, betreiben oder beaufsichtigen, und für jedes System eine Aufstellung seiner Datenquellen, Werkzeuge, Infrastruktur und des benötigten Fachwissens, mit Schulungen, wo Kompetenzen fehlen.',
  ai_concerns:
    'Nachweise sind ein Meldeweg für Bedenken zu KI, Schutz für diejenigen, die ihn nutzen, und Aufzeichnungen darüber, was daraufhin unternommen wurde. Ein allgemeines Hinweisgebersystem, das KI nie erwähnt, zählt als „Teilweise“.',
  ai_risk_assessment:
    'Nachweis ist ein KI-Risikoregister, oder Ihr bestehendes Register ergänzt um KI-Risiken, mit datierten Beurteilungen, Verantwortlichen und Behandlungsentscheidungen, in geplanten Abständen und nach wesentlichen Änderungen an Modellen oder Daten überprüft. Eine aktuelle KI-Risikobeurteilung ist einer der Meilensteine für ISO 42001.',
  ai_impact_assessment:
    'Eine Folgenabschätzung für KI-Systeme blickt nach außen auf die betroffenen Menschen statt auf Risiken für Ihr Unternehmen; ISO 27001 kennt nichts Vergleichbares. Nachweise sind ein festgelegtes Verfahren und je System eine abgeschlossene Abschätzung zu bestimmungsgemäßer Verwendung, Betroffenen, vorhersehbarem Missbrauch und Schwere, die aktuell gehalten wird und in Ihre Risikobehandlung einfließt.',
  ai_soa:
    'Sie entspricht der Erklärung zur Anwendbarkeit nach ISO 27001, bezieht sich aber auf die 38 KI-Maßnahmen. Nachweise sind das Dokument mit einer Begründung für jede Aufnahme und jeden Ausschluss sowie ein Behandlungsplan mit Verantwortlichen und Terminen.',
  ai_lifecycle:
    'Nachweise sind ein festgelegter Entwicklungsprozess für KI mit Phasen und Freigaben, schriftliche Anforderungen einschließlich Leistungs- und Fairnesszielen, dokumentierte Entwurfsentscheidungen und eine technische Dokumentation wie Model Cards, mit der auch andere das System verstehen können.',
  ai_data:
    'Nachweise sind Datenquellen mit Lizenz oder Rechtsgrundlage, Herkunftsnachweise, Qualitäts- und Verzerrungsprüfungen sowie eine dokumentierte Aufbereitung wie Bereinigung und Annotation. Wählen Sie „Trifft auf uns nicht zu“ nur, wenn Sie keine eigenen Daten für Training, Feinabstimmung oder Retrieval bereitstellen, etwa weil Sie ein KI-Werkzeug genau so nutzen, wie es geliefert wird.',
  ai_verification:
    'Nachweise sind Testpläne und -ergebnisse gegen festgelegte Schwellenwerte, Evaluierungsdatensätze, eine Freigabe vor dem Release und ein Bereitstellungsplan. Bei eingekauften KI-Werkzeugen zählt eine dokumentierte Evaluierung vor der Einführung.',
  ai_change:
    'Nachweise sind Änderungsaufzeichnungen für Modelle: was sich geändert hat, was getestet wurde, wer freigegeben hat. Werden Aktualisierungen eines eingekauften Modells automatisch und ungeprüft übernommen, zählt das als „Nein“.',
  ai_monitoring:
    'Nachweise sind festgelegte Kennzahlen und Schwellenwerte, Berichte oder Dashboards, die jemand auswertet, Alarme bei nachlassender Leistung und Aufzeichnungen über die ergriffenen Maßnahmen (Nachtrainieren, Zurücksetzen auf eine frühere Version, eingeschränkte Nutzung).',
  ai_incidents:
    'Nachweise sind Playbooks für KI-Vorfälle neben denen für Sicherheitsvorfälle, mit Rollen, Schwellenwerten und Meldepflichten. Gibt es nur den Plan für Sicherheitsvorfälle, ist das bestenfalls „Teilweise“.',
  ai_responsible_use:
    'Nachweise sind dokumentierte vorgesehene und untersagte Verwendungen, Punkte menschlicher Aufsicht (wer was prüft, mit der Befugnis zu übersteuern), Anleitungen für Beschäftigte, die KI-Werkzeuge nutzen, und Prüfungen oder Protokolle, die zeigen, dass die Praxis den Regeln folgt.',
  ai_transparency:
    'Nachweise sind Nutzerdokumentation oder Hinweise, auf die jeweilige Zielgruppe zugeschnittene Erklärungen, ein Meldeweg für Nutzer und Betroffene sowie ein Verfahren für den Umgang mit eingehenden Meldungen, einschließlich Meldungen an Behörden, wo das Gesetz sie verlangt.',
  ai_suppliers:
    'Das geht über die Sorgfaltsprüfung zur Informationssicherheit hinaus: Nachweise sind Systemdokumentation oder Model Cards des Lieferanten, Vertragsbedingungen dazu, ob Ihre Daten seine Modelle trainieren, Evaluierungsergebnisse und regelmäßige Überprüfungen. Wählen Sie „Trifft auf uns nicht zu“ nur, wenn Sie keine Modelle, APIs oder Datensätze Dritter nutzen.',
  ai_customers:
    'Nachweise sind Dokumentation und Vertragsbedingungen für Kunden, die den vorgesehenen Einsatz und die geteilten Verantwortlichkeiten darlegen, sowie ein Weg, auf dem Kundenrückmeldungen in Produktentscheidungen einfließen.',
  ai_internal_audit:
    'Ein einziges Programm kann beide Systeme auditieren; antworten Sie danach, wie weit es die KI-Seite abdeckt. Audits, die sich nie mit KI-Governance befasst haben, zählen als „Nein“.',
  ai_management_review:
    'Eine einzige Managementbewertung kann beide Systeme abdecken, wenn die KI-Themen auf ihrer Tagesordnung stehen und ihre Entscheidungen festgehalten werden. Bewertungen, in denen KI nie zur Sprache kam, zählen als „Nein“.',
};
