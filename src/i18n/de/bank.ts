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
    options: {
      smb: 'Kunden aus kleinen und mittleren Unternehmen',
      enterprise: 'Großunternehmen mit Einkaufs- und Sicherheitsprüfungen',
      government: 'Behörden und andere öffentliche Auftraggeber',
      'investor-early': 'Investoren in frühen Phasen (Seed bis Series A)',
      'investor-growth': 'Investoren in der Wachstumsphase (Series B und C)',
      'investor-late': 'Investoren vor dem Börsengang oder Käufer in der Due-Diligence-Prüfung',
      none: 'Keine davon, oder überwiegend Privatkunden',
    },
  },
  regulated_sector: {
    text: 'Sind Sie in einer dieser regulierten Branchen tätig, oder verkaufen Sie an Unternehmen daraus?',
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
    options: {
      low: 'Grundlegend: Wir verlassen uns auf gute Gewohnheiten und unsere Cloud-Anbieter, haben wenige schriftliche Richtlinien und prüfen Zugriffsrechte nicht regelmäßig',
      medium:
        'Etabliert: Mehr-Faktor-Authentifizierung überall, zentrale Richtlinien schriftlich festgelegt, Wiederherstellung aus Backups getestet, jemand ist in Teilzeit für Sicherheit zuständig',
      high: 'Ausgereift: eine eigens für Sicherheit verantwortliche Person, regelmäßige Risikobewertungen und Penetrationstests, Sicherheitsfragebögen werden aus vorhandenen Nachweisen beantwortet',
    },
  },
  ai_role: {
    text: 'Welche Aussage beschreibt am besten, wie Ihre Organisation KI einsetzt?',
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
    options: YES_NO_UNSURE,
  },
  ai_use: {
    text: 'Wer nutzt die KI, die Sie entwickeln?',
    options: {
      customers: 'Unsere Kunden, in dem Produkt, das wir verkaufen',
      'in-house':
        'Wir selbst, in unserem eigenen Betrieb (etwa für eigene Kredit- oder Personalentscheidungen)',
      both: 'Sowohl unsere Kunden als auch wir selbst',
      research: 'Nur für wissenschaftliche Forschung: nichts wird verkauft oder in Betrieb genommen',
    },
  },
  ai_gpai: {
    text: 'Entwickeln oder verfeinern Sie ein KI-Modell mit allgemeinem Verwendungszweck, auf dem andere ihre eigenen Systeme aufbauen?',
    options: {
      no: 'Nein',
      yes: 'Ja',
      systemic: 'Ja, eines mit systemischem Risiko',
      unsure: 'Nicht sicher',
    },
  },
  ai_generates: {
    text: 'Interagiert eine Ihrer KI-Anwendungen direkt mit Menschen, oder erzeugt sie Texte, Bilder, Audio- oder Videoinhalte, die Menschen zu sehen oder zu hören bekommen?',
    options: YES_NO_UNSURE,
  },
  ai_function: {
    text: 'Wie ist Ihre KI-Arbeit organisiert?',
    options: {
      integrated: 'Innerhalb unserer Produkt- und Entwicklungsteams',
      separate: 'In einem eigenen Team oder einer eigenen Einheit, getrennt vom Kernprodukt',
    },
  },
  ai_certificate_asked: {
    text: 'Hat ein Kunde oder eine Ausschreibung von Ihnen bereits ein Zertifikat nach ISO/IEC 42001 verlangt?',
    options: { yes: 'Ja', no: 'Nein, oder noch nicht' },
  },
  status_27001: {
    text: 'Was haben Sie heute für ISO/IEC 27001 vorzuweisen?',
    options: STATUS_OPTIONS,
  },
  accreditation_27001: {
    text: 'Ist die Stelle, die Sie zertifiziert hat, von einer nationalen Akkreditierungsstelle für ISO/IEC 27001 akkreditiert?',
    options: YES_NO_UNSURE,
  },
  scope_27001: {
    text: 'Deckt der auf Ihrem Zertifikat nach ISO/IEC 27001 angegebene Geltungsbereich die Produkte und Dienstleistungen ab, die Ihre Kunden bei Ihnen kaufen?',
    options: {
      yes: 'Ja, er deckt ab, was sie kaufen',
      partly: 'Nur einen Teil davon',
      unsure: 'Nicht sicher',
    },
  },
  edition_27001: {
    text: 'Auf welche Ausgabe von ISO/IEC 27001 lautet Ihr Zertifikat, und ist es gültig?',
    options: {
      current: 'Auf die Ausgabe 2022, und es ist gültig',
      '2013': 'Auf die Ausgabe 2013',
      suspended: 'Es ist ausgesetzt',
      expired: 'Es ist abgelaufen oder wurde entzogen',
      unsure: 'Nicht sicher',
    },
  },
  status_42001: {
    text: 'Was haben Sie heute für ISO/IEC 42001 vorzuweisen?',
    options: STATUS_OPTIONS,
  },
  accreditation_42001: {
    text: 'Ist die Stelle, die Sie zertifiziert hat, von einer nationalen Akkreditierungsstelle für ISO/IEC 42001 akkreditiert?',
    options: YES_NO_UNSURE,
  },
  scope_42001: {
    text: 'Deckt der auf Ihrem Zertifikat nach ISO/IEC 42001 angegebene Geltungsbereich die KI-Systeme ab, die Ihre Kunden nutzen oder kaufen?',
    options: {
      yes: 'Ja, er deckt ab, was sie kaufen',
      partly: 'Nur einen Teil davon',
      unsure: 'Nicht sicher',
    },
  },

  context_parties: {
    practice: 'Kontext und interessierte Parteien sind festgehalten und aktuell',
    text: 'Haben Sie die externen und internen Themen, die Ihr Managementsystem prägen, schriftlich festgehalten, ebenso die Anforderungen von Kunden, Aufsichtsbehörden und anderen interessierten Parteien?',
  },
  isms_scope: {
    practice: 'Ein dokumentierter Geltungsbereich Ihres Sicherheitsmanagementsystems',
    text: 'Haben Sie den Anwendungsbereich Ihres Informationssicherheits-Managementsystems dokumentiert: die Produkte, Dienstleistungen, Standorte, Teams und Systeme, die es umfasst, und alles Ausgenommene samt Begründung?',
  },
  leadership: {
    practice: 'Die Geschäftsleitung trägt es, mit benannten Rollen, Budget und Zeit',
    text: 'Hat die oberste Leitung sichtbar Verantwortung für Ihr Managementsystem übernommen, mit einer verantwortlichen Führungskraft, zugewiesenen Rollen und Verantwortlichkeiten sowie dem nötigen Budget und der nötigen Zeit?',
  },
  security_policy: {
    practice: 'Eine freigegebene Informationssicherheitsleitlinie mit messbaren Zielen',
    text: 'Haben Sie eine von der Leitung genehmigte Informationssicherheitspolitik, messbare Informationssicherheitsziele und themenspezifische Richtlinien (Zugang, zulässige Nutzung usw.), die die Beschäftigten gelesen haben?',
  },
  risk_method: {
    practice: 'Eine festgelegte Methode zur Bewertung und Behandlung von Risiken',
    text: 'Haben Sie ein schriftlich festgelegtes Verfahren, mit dem Sie Risiken identifizieren, analysieren und bewerten, mit Kriterien dafür, wann ein Risiko akzeptabel ist, und das bei jeder Anwendung zu konsistenten Ergebnissen führt?',
  },
  risk_assessment: {
    practice: 'Eine Risikobeurteilung zur Informationssicherheit, durchgeführt und aktuell',
    text: 'Haben Sie Ihre Informationssicherheitsrisiken mit diesem Verfahren beurteilt, jedes Risiko mit einem Risikoeigentümer, und wiederholen Sie die Beurteilung in geplanten Abständen und nach wesentlichen Änderungen?',
  },
  soa: {
    practice: 'Eine Erklärung zur Anwendbarkeit mit Risikobehandlungsplan',
    text: 'Haben Sie eine Erklärung zur Anwendbarkeit für alle 93 Maßnahmen aus Anhang A der ISO 27001 (anwendbar oder nicht, warum, umgesetzt oder nicht), gestützt auf einen Risikobehandlungsplan mit Verantwortlichen und Terminen?',
  },
  risk_acceptance: {
    practice: 'Risikoeigentümer haben den Behandlungsplan freigegeben und das Restrisiko akzeptiert',
    text: 'Haben die Risikoeigentümer den Risikobehandlungsplan genehmigt und die verbleibenden Risiken formell akzeptiert?',
  },
  changes_communication: {
    practice: 'Änderungen am System werden geplant, die Kommunikation ist geregelt',
    text: 'Planen Sie Änderungen am Managementsystem selbst, und haben Sie festgelegt, was Sie darüber kommunizieren, an wen, wann und durch wen?',
  },
  competence_awareness: {
    practice: 'Kompetenzen sind festgelegt, Mitarbeitende werden regelmäßig sensibilisiert',
    text: 'Wissen Sie, welche Kompetenzen jede Rolle in Ihrem Managementsystem braucht, können Sie belegen, dass die Personen sie haben, und führen Sie Sensibilisierungsschulungen durch, die alle abschließen und deren Abschluss Sie nachverfolgen?',
  },
  document_control: {
    practice: 'Richtlinien und Nachweise sind versioniert, freigegeben und gelenkt',
    text: 'Werden Ihre Richtlinien, Verfahren und Aufzeichnungen gelenkt: versioniert, freigegeben, planmäßig überprüft, für alle verfügbar, die sie brauchen, und vor unbefugter Änderung geschützt?',
  },
  monitoring_measurement: {
    practice: 'Sie messen, wie gut Ihre Sicherheit wirkt, und berichten darüber',
    text: 'Haben Sie festgelegt, was Sie an Ihren Maßnahmen und Ihrem Managementsystem messen (Patch-Zeiten, durchgeführte Berechtigungsprüfungen, Vorfälle …), wer misst und wie oft, und ziehen Sie Konsequenzen aus den Ergebnissen?',
  },
  internal_audit: {
    practice: 'Ein internes Audit des Sicherheitsmanagementsystems wurde durchgeführt',
    text: 'Führen Sie ein Programm interner Audits für Ihr Informationssicherheits-Managementsystem durch, mit geplanten Audits durch Personen, die von der auditierten Tätigkeit unabhängig sind, und mit dokumentierten und nachverfolgten Feststellungen?',
  },
  management_review: {
    practice: 'Die Geschäftsleitung hat das System förmlich bewertet',
    text: 'Bewertet die oberste Leitung das Informationssicherheits-Managementsystem in geplanten Abständen, berücksichtigt dabei Auditergebnisse, Vorfälle, Risiken, Ziele, Messergebnisse und Rückmeldungen und hält ihre Entscheidungen fest?',
  },
  corrective_action: {
    practice: 'Gefundene Mängel führen zu nachverfolgten Korrekturmaßnahmen',
    text: 'Wenn etwas schiefgeht oder ein Audit eine Lücke findet: Dokumentieren Sie es, ermitteln Sie die Ursache, beheben Sie es und prüfen Sie anschließend, ob die Korrektur gewirkt hat?',
  },

  asset_inventory: {
    practice: 'Ein Inventar der Informationswerte mit Verantwortlichen und Klassifizierung',
    text: 'Führen Sie ein aktuelles Inventar Ihrer Informationswerte (Systeme, Datenspeicher, SaaS-Werkzeuge, Geräte) mit jeweils einer verantwortlichen Person und ein Klassifizierungsschema, das festlegt, wie jede Art von Information zu behandeln ist?',
  },
  access_control: {
    practice: 'Zugriff nur bei Bedarf, zeitnah entzogen und regelmäßig überprüft',
    text: 'Wird Zugriff auf Systeme und Daten nur nach dem Need-to-know-Prinzip und nach Genehmigung gewährt, beim Austritt oder Rollenwechsel umgehend entzogen und regelmäßig überprüft, mit Administratorrechten für nur wenige namentlich benannte Personen?',
  },
  authentication: {
    practice: 'Mehrfaktor-Anmeldung auf allen Geschäftssystemen erzwungen',
    text: 'Ist die Mehr-Faktor-Authentifizierung für alle verbindlich eingerichtet, für E-Mail, Cloud-Konsolen, Code-Repositories und andere Geschäftssysteme, und sind ein Passwortmanager oder Single Sign-on im Einsatz?',
  },
  cryptography: {
    practice: 'Regeln zur Verschlüsselung gespeicherter und übertragener Daten, mit Schlüsselverwaltung',
    text: 'Verschlüsseln Sie sensible Daten bei der Übertragung und im Ruhezustand, nach einer schriftlichen Regel dazu, welche Algorithmen zu verwenden sind und wie Schlüssel verwaltet werden?',
  },
  endpoints: {
    practice: 'Verwaltete, verschlüsselte Laptops und Telefone mit Schadsoftwareschutz',
    text: 'Werden die Laptops und Smartphones, die auf Unternehmensdaten zugreifen, ob im Büro oder beim mobilen Arbeiten, zentral verwaltet (verschlüsselt, aktualisiert, gegen Schadsoftware geschützt, aus der Ferne sperr- und löschbar) und vor Wiederverwendung oder Entsorgung sicher gelöscht?',
  },
  network_security: {
    practice: 'Netze segmentiert und geschützt, mit gefiltertem Zugang',
    text: 'Sind Ihre Netzwerke und Cloud-Umgebungen abgesichert und voneinander getrennt: mit gefiltertem Datenverkehr, einer von Büro- und Testumgebungen getrennten Produktion und gesteuerten Netzwerkdiensten, auf die Sie sich verlassen?',
  },
  physical_security: {
    practice: 'Büros und Geräte physisch geschützt',
    text: 'Sind Ihre Büros und alle Räume mit Geräten oder Papierakten durch Zutrittskontrolle, geregelten Besucherzugang und, wo nötig, Überwachung geschützt?',
  },
  people_security: {
    practice: 'Überprüfung, Vertraulichkeitsvereinbarungen und ein klarer Austrittsprozess',
    text: 'Überprüfen Sie neue Beschäftigte in einem ihrer Rolle angemessenen Umfang, verankern Sie Sicherheits- und Vertraulichkeitspflichten in Verträgen oder Geheimhaltungsvereinbarungen, und entziehen Sie Zugänge und nehmen Geräte zurück, wenn jemand ausscheidet?',
  },
  supplier_security: {
    practice: 'Lieferanten und Clouddienste geprüft und an Sicherheitsvorgaben gebunden',
    text: 'Bevor Sie sich auf einen Lieferanten verlassen (Cloud, SaaS, Auftragnehmer, Anbieter von Modellen oder APIs): Prüfen Sie seine Informationssicherheit, regeln Sie die Verantwortlichkeiten im Vertrag und überprüfen Sie ihn regelmäßig?',
  },
  legal_privacy: {
    practice: 'Gesetzliche, vertragliche und Datenschutzpflichten erfasst und erfüllt',
    text: 'Haben Sie die Gesetze, Vorschriften und Verträge erfasst, aus denen sich für Sie Anforderungen an Informationssicherheit und Datenschutz ergeben (Datenschutzrecht, Branchenvorgaben, Kundenverträge), und können Sie zeigen, wie Sie diese erfüllen?',
  },
  data_protection: {
    practice: 'Regeln für zulässige Nutzung, Löschung, Maskierung und Datenabfluss',
    text: 'Steuern Sie, wohin sensible Daten gelangen dürfen: mit Regeln zur zulässigen Nutzung (auch dazu, was in KI-Werkzeuge eingefügt werden darf), Löschung, sobald sie nicht mehr benötigt werden, Maskierung in Test- und Analyseumgebungen sowie Maßnahmen gegen Datenabfluss?',
  },
  threat_intelligence: {
    practice: 'Sie verfolgen Bedrohungen und Sicherheitsmeldungen, die Sie betreffen',
    text: 'Sammeln Sie Informationen über für Sie relevante Bedrohungen (Sicherheitshinweise, Warnungen von Herstellern, Branchengruppen) und handeln Sie danach, und wissen Sie, welche Behörden Sie im Ernstfall kontaktieren?',
  },
  vulnerability_management: {
    practice: 'Schwachstellen werden gefunden und nach festem Zeitplan behoben',
    text: 'Finden und beheben Sie technische Schwachstellen planmäßig, mit nachverfolgtem Patchen, Schwachstellenscans und sicheren Basiskonfigurationen, innerhalb von Fristen, die Sie selbst festgelegt haben, und lassen Sie das von Zeit zu Zeit unabhängig prüfen?',
  },
  secure_development: {
    practice: 'Sichere Entwicklung: Reviews, Tests und getrennte Umgebungen',
    text: 'Entwickeln Sie Software sicher, mit Sicherheitsanforderungen, Code-Reviews, automatisierten Sicherheitstests und getrennten Entwicklungs-, Test- und Produktionsumgebungen?',
  },
  change_management: {
    practice: 'Änderungen an Systemen werden geplant, freigegeben und getestet',
    text: 'Werden Änderungen an Ihren Systemen und Prozessen geplant, getestet, genehmigt und dokumentiert, mit einer Möglichkeit zur Rücknahme, und prüfen Sie ungeplante Änderungen auf ihre Auswirkungen?',
  },
  logging_monitoring: {
    practice: 'Protokolle werden gesammelt, geschützt und auf Auffälligkeiten überwacht',
    text: 'Zeichnen Ihre Systeme sicherheitsrelevante Ereignisse (Anmeldungen, administrative Aktionen, Fehler und bei KI-Systemen, wo angemessen, deren Nutzung und Ausgaben) in geschützten, zeitsynchronisierten Protokollen auf, die jemand auswertet?',
  },
  incident_management: {
    practice: 'Ein erprobter Prozess zur Reaktion auf Sicherheitsvorfälle mit klaren Rollen',
    text: 'Haben Sie einen erprobten Prozess zur Reaktion auf Vorfälle, bei dem die Beschäftigten wissen, wie sie Vorfälle und Bedenken melden, und Vorfälle bewertet, bearbeitet, den Betroffenen mitgeteilt und auf Lehren hin ausgewertet werden?',
  },
  backup_continuity: {
    practice: 'Getestete Datensicherungen und ein Notfallplan',
    text: 'Werden Sicherungen kritischer Daten erstellt, geschützt und in Tests wiederhergestellt, und haben Sie einen Notfallplan, um wichtige Dienste nach einer schweren Störung weiterzubetreiben oder wiederherzustellen?',
  },

  ai_scope: {
    practice: 'Ein dokumentierter Geltungsbereich Ihres KI-Managementsystems',
    text: 'Haben Sie die KI-Systeme erfasst, die Sie entwickeln, nutzen oder einkaufen, für jedes Ihre Rolle festgehalten (Entwickler, Anbieter oder Nutzer eines fremden Systems) und festgelegt, welche davon Ihr KI-Managementsystem umfasst?',
  },
  ai_policy: {
    practice: 'Eine freigegebene KI-Leitlinie mit Zielen',
    text: 'Haben Sie eine von der Leitung genehmigte KI-Politik mit messbaren Zielen dafür, wie sich Ihre KI verhalten soll (Fairness, Genauigkeit, Transparenz …), abgestimmt auf Ihre übrigen Richtlinien und planmäßig überprüft?',
  },
  ai_accountability: {
    practice: 'Benannte Rollen und Ressourcen für KI sowie ein Verzeichnis der KI-Systeme',
    text: 'Ist für jedes KI-System jemand verantwortlich, und haben Sie die Ressourcen dokumentiert, auf die es angewiesen ist: Daten, Werkzeuge, Rechenkapazität und Personen mit den richtigen Kompetenzen?',
  },
  ai_concerns: {
    practice: 'Ein Weg für Mitarbeitende, Bedenken zu KI zu melden',
    text: 'Können Beschäftigte und andere Bedenken zu Ihrer KI vertraulich und ohne Angst vor Repressalien äußern, und wird diesen Bedenken nachgegangen?',
  },
  ai_risk_assessment: {
    practice: 'Eine KI-Risikobeurteilung, durchgeführt und aktuell',
    text: 'Haben Sie die Risiken Ihrer KI-Systeme (Verzerrungen, Fehler, Drift, Missbrauch, nicht erklärbare Entscheidungen) anhand festgelegter Kriterien beurteilt, mit Verantwortlichen, und wiederholen Sie die Beurteilung, wenn sich Systeme ändern?',
  },
  ai_impact_assessment: {
    practice: 'Folgenabschätzungen Ihrer KI-Systeme für Menschen und Gesellschaft',
    text: 'Haben Sie abgeschätzt, wie sich jedes KI-System auf Einzelpersonen, Gruppen und die Gesellschaft auswirken kann (unfaire Ergebnisse, Verlust an Privatsphäre, Schäden durch Fehler), und die Ergebnisse dokumentiert?',
  },
  ai_soa: {
    practice: 'Eine Erklärung zur Anwendbarkeit für KI mit Behandlungsplan',
    text: 'Haben Sie eine Erklärung zur Anwendbarkeit für die Maßnahmen aus Anhang A der ISO 42001 (welche anwendbar sind, warum und ob sie umgesetzt sind) und einen Plan zur Behandlung Ihrer KI-Risiken?',
  },
  ai_lifecycle: {
    practice: 'Ein festgelegter Lebenszyklus für Ihre KI, vom Entwurf bis zur Außerbetriebnahme',
    text: 'Wenn Sie ein KI-System entwickeln oder ändern: Legen Sie vorab Anforderungen und Ziele für eine verantwortungsvolle Entwicklung fest, und führen Sie eine Entwurfs- und technische Dokumentation?',
  },
  ai_data: {
    practice: 'Daten für KI dokumentiert: Quellen, Qualität, Herkunft und Aufbereitung',
    text: 'Wissen Sie, woher die Daten stammen, mit denen Ihre KI trainiert, feinabgestimmt oder gespeist wird, und prüfen Sie deren Qualität, Repräsentativität und Ihr Recht zur Nutzung, mit dokumentierten Aufbereitungsschritten?',
  },
  ai_verification: {
    practice: 'KI-Systeme vor der Freigabe verifiziert und validiert',
    text: 'Wird ein KI-System vor der Inbetriebnahme oder vor der Freigabe einer neuen Version gegen Abnahmekriterien (Genauigkeit, Robustheit, Fairness) getestet, und wird die Bereitstellung freigegeben?',
  },
  ai_change: {
    practice:
      'Modellupdates, Nachtraining und Modelländerungen von Anbietern laufen über das Änderungsmanagement',
    text: 'Durchlaufen Nachtrainieren, Feinabstimmung und Modellaktualisierungen (eigene oder die eines Lieferanten) einen eigenen Änderungsprozess, mit Prüfung der Auswirkungen und Freigabe vor dem Einsatz?',
  },
  ai_monitoring: {
    practice: 'KI-Systeme im Betrieb überwacht',
    text: 'Überwachen Sie KI-Systeme im Betrieb auf ihre Leistung (Fehler, Drift, Beschwerden, Missbrauch), und greifen Sie ein, wenn sie hinter den Erwartungen zurückbleiben?',
  },
  ai_incidents: {
    practice: 'Abläufe für KI-Fehler und -Vorfälle',
    text: 'Haben Sie Playbooks für KI-Fehlfunktionen (schädliche oder falsche Ausgaben, Drift, Missbrauch), die festlegen, wer entscheidet und wer wann informiert wird, Behörden eingeschlossen, wo das vorgeschrieben ist?',
  },
  ai_responsible_use: {
    practice: 'Regeln für den verantwortungsvollen KI-Einsatz, mit menschlicher Aufsicht',
    text: 'Haben Sie für jedes KI-System festgelegt, wofür es eingesetzt werden darf, wo seine Grenzen liegen und wo ein Mensch die Ausgabe prüfen muss oder übersteuern kann, und kontrollieren Sie, dass es so eingesetzt wird?',
  },
  ai_transparency: {
    practice: 'Nutzer werden über die KI informiert und wissen, wie sie Probleme melden',
    text: 'Erhalten Nutzer und von Ihrer KI betroffene Personen klare Informationen (dass KI beteiligt ist, wozu sie dient, wo ihre Grenzen liegen) und eine Möglichkeit, Probleme oder Schäden zu melden?',
  },
  ai_suppliers: {
    practice: 'KI-Anbieter und Modelle geprüft, Verantwortlichkeiten vereinbart',
    text: 'Prüfen Sie KI-Modelle, APIs und Datensätze, die Sie von Dritten beziehen, vor und während der Nutzung anhand Ihrer Anforderungen an verantwortungsvolle KI (Dokumentation, Umgang mit Daten, Verwendung Ihrer Daten)?',
  },
  ai_customers: {
    practice: 'Kunden erfahren, wie sie Ihre KI richtig nutzen und was sie nicht kann',
    text: 'Informieren Sie Kunden, die Ihre KI nutzen, wofür sie gedacht ist und welche Verantwortung bei ihnen liegt, und berücksichtigen Sie deren Bedürfnisse und Rückmeldungen?',
  },
  ai_internal_audit: {
    practice: 'Ein internes Audit, das das KI-Managementsystem abdeckt',
    text: 'Deckt ein Programm interner Audits Ihr KI-Managementsystem ab (die Abschnitte der Norm und die KI-Maßnahmen, die Sie anwenden), mit dokumentierten und nachverfolgten Feststellungen?',
  },
  ai_management_review: {
    practice: 'Die Geschäftsleitung hat das KI-Managementsystem bewertet',
    text: 'Bewertet die oberste Leitung das KI-Managementsystem in geplanten Abständen (KI-Risiken und -Auswirkungen, Vorfälle, Ziele, vorgebrachte Bedenken) und hält ihre Entscheidungen fest?',
  },
};
