import type { engine as english } from '../en/engine.js';

/** Deutsche Vorlagen für die Begründungen der Engine; Schlüssel und `{Platzhalter}` wie im Englischen. */
export const engine: typeof english = {
  // Aussage: was die Organisation heute ehrlich sagen kann.
  'claim.certified-accredited':
    'Sie haben ein Zertifikat nach {standard} von einer akkreditierten Zertifizierungsstelle; wir übernehmen das wie angegeben.',
  'claim.certified-non-accredited':
    'Sie haben ein Zertifikat nach {standard} von einer Stelle ohne Akkreditierung; wir übernehmen das wie angegeben.',
  'claim.aligned-verified':
    'Sie geben an, an {standard} ausgerichtet zu sein, und Ihre Antworten bestätigen das: Alle Meilensteine sind erreicht, und der Umsetzungsgrad liegt bei {readiness}\u00a0% (die Schwelle liegt bei {threshold}\u00a0%).',
  'claim.aligned-unverified':
    'Sie geben an, an {standard} ausgerichtet zu sein, doch die Nachweise haben wir nicht gesehen. Bis die Meilensteine geprüft sind, werten wir das als „in Arbeit“.',
  'claim.aligned-not-evidenced':
    'Sie geben an, an {standard} ausgerichtet zu sein, doch Ihre Antworten zeigen das nicht: {missing} von {total} Meilensteinen fehlen, und der Umsetzungsgrad liegt bei {readiness}\u00a0% (die Schwelle liegt bei {threshold}\u00a0%). Die Angabe allein reicht nicht; wir werten das als „in Arbeit“.',
  'claim.aligned-earned':
    'Ihre Antworten zeigen alle Meilensteine von {standard} erreicht und einen Umsetzungsgrad von {readiness}\u00a0% (die Schwelle liegt bei {threshold}\u00a0%): Sie können sich mit gutem Gewissen als an der Norm ausgerichtet bezeichnen.',
  'claim.in-progress':
    'Die Arbeit an {standard} hat tatsächlich begonnen (mit einem erklärten Programm oder einem ersten erreichten Meilenstein), doch es ist noch nicht genug umgesetzt, um sich als an der Norm ausgerichtet zu bezeichnen.',
  'claim.essential-missing':
    'Alle Meilensteine von {standard} sind erreicht, und der Umsetzungsgrad liegt bei {readiness}\u00a0%, doch für Ihr Risikoprofil fehlen wesentliche Maßnahmenbereiche ({missing} insgesamt): Solange sie nicht umgesetzt sind, ist keine Aussage zur Ausrichtung möglich.',
  'claim.none-practices':
    'Einzelne Praktiken nach {standard} sind umgesetzt ({readiness}\u00a0%), aber Sie haben kein Programm angegeben, und kein Meilenstein des Managementsystems ist erreicht; „in Arbeit“ wäre daher zu viel gesagt. Erster Schritt: {step}',
  'claim.none':
    'Von {standard} ist noch wenig oder nichts umgesetzt, und kein Meilenstein des Managementsystems ist erreicht.',
  'applies.iso42001.no-ai':
    '{standard} betrifft Sie heute nicht: Sie entwickeln keine KI und setzen auch keine ein. Das ändert sich, sobald Sie KI entwickeln oder KI nutzen, die in Entscheidungen über Menschen einfließt.',
  'applies.iso42001.procured':
    '{standard} betrifft Sie heute nicht: Die KI-Werkzeuge, die Sie nutzen, fließen in keine Entscheidungen über Menschen ein und sind nicht hochriskant. Das ändert sich, sobald Sie selbst KI entwickeln oder eine von Ihnen genutzte KI in solche Entscheidungen einzufließen beginnt.',
  'applies.iso42001.unknown':
    'Sie haben nicht angegeben, ob Sie KI einsetzen; daher können wir nicht sagen, ob {standard} für Sie gilt. Beantworten Sie diese Frage, um es herauszufinden.',

  // Anforderung: was Kunden, Branche und Investoren verlangen.
  'requirement.iso27001.enterprise':
    'Der Einkauf von Großunternehmen verlangt in der Regel ein akkreditiertes Zertifikat nach {standard} und lehnt eine selbsterklärte Ausrichtung meist ab.',
  'requirement.iso27001.government':
    'Öffentliche Ausschreibungen verlangen ein akkreditiertes Zertifikat nach {standard}.',
  'requirement.iso27001.regulated':
    'In einer regulierten Branche erwarten Kunden und Aufsichtsbehörden {standard} als akkreditiertes Zertifikat.',
  'requirement.iso27001.investor-late':
    'Eine Due-Diligence-Prüfung vor dem Börsengang oder bei einer Übernahme gibt sich selten mit einer Ausrichtung zufrieden: Rechnen Sie damit, ein akkreditiertes Zertifikat nach {standard} vorlegen zu müssen.',
  'requirement.iso27001.investor-growth':
    'Investoren in der Wachstumsphase (Series B und C) akzeptieren meist eine Ausrichtung an {standard} zusammen mit einem terminierten Plan zur Zertifizierung; unsere Quellen äußern sich nur zu Series A und zur Phase vor dem Börsengang, rechnen Sie daher damit, dass die Frage mit jeder Finanzierungsrunde nachdrücklicher gestellt wird.',
  'requirement.iso27001.smb':
    'Kleinere Kunden und Sicherheitsfragebögen akzeptieren meist eine nachprüfbare Ausrichtung: Ihre Richtlinien, die Erklärung zur Anwendbarkeit, Testberichte und Auditnachweise.',
  'requirement.iso27001.investor-early':
    'Investoren in frühen Phasen akzeptieren meist eine Ausrichtung an {standard} zusammen mit einem klaren Plan zur Zertifizierung.',
  'requirement.none': 'Keiner Ihrer Kunden verlangt heute {standard}.',
  'requirement.iso42001.certificate-asked':
    'Ein Kunde oder eine Ausschreibung hat von Ihnen ein Zertifikat nach {standard} verlangt: Damit ist ein akkreditiertes Zertifikat die Anforderung.',
  'requirement.iso42001.high-risk-provider':
    'Die KI-Verordnung der EU verlangt ein Risikomanagementsystem (Art. 9) und von Anbietern ein Qualitätsmanagementsystem (Art. 17), nicht {standard}; ein an {standard} ausgerichtetes KI-Managementsystem ist der direkteste Weg, beides aufzubauen, ohne Vermutung der Konformität.',
  'requirement.iso42001.high-risk-unsure':
    'Sie wissen nicht sicher, ob Ihre KI nach der KI-Verordnung der EU als hochriskant gilt. Klären Sie das: Die Antwort kann erhöhen, was Kunden und Aufsichtsbehörden von Ihnen erwarten.',
  'requirement.iso42001.enterprise-ai':
    'Großunternehmen und öffentliche Auftraggeber fragen inzwischen, wie Sie die KI steuern, die Sie ihnen verkaufen; derzeit akzeptieren die meisten noch eine nachprüfbare Ausrichtung an {standard}.',
  'requirement.iso42001.emerging':
    'Die Nachfrage nach {standard} entsteht gerade erst: Nur wenige Kunden bestehen bereits auf einem Zertifikat, und das Netz der dafür akkreditierten Zertifizierungsstellen wächst noch.',
  'requirement.iso42001.no-presumption':
    '{standard} ist keine harmonisierte Norm im Sinne der KI-Verordnung der EU: Auch ein Zertifikat begründet keine Konformitätsvermutung mit der Verordnung. Es liefert aber Nachweise zu mehreren ihrer Artikel.',

  // Aussage und Anforderung im Vergleich.
  'classification.meets': 'Ihre heutige Aussage, {claim}, erfüllt die Anforderung an Sie: {requirement}.',
  'classification.gap':
    'Ihre heutige Aussage, {claim}, bleibt hinter der Anforderung an Sie zurück: {requirement}.',

  // Hindernisse: was zwischen der Aussage und der nächsten Stufe steht.
  'blocker.milestone.scope':
    'Legen Sie den Anwendungsbereich Ihres Managementsystems nach {standard} fest und dokumentieren Sie ihn.',
  'blocker.milestone.risk-assessment':
    'Führen Sie eine Risikobeurteilung nach {standard} mit dokumentierten Kriterien und einem Risikobehandlungsplan durch.',
  'blocker.milestone.soa':
    'Erstellen Sie die Erklärung zur Anwendbarkeit nach {standard}: welche Maßnahmen aus Anhang A anwendbar sind, warum, und warum die übrigen nicht.',
  'blocker.milestone.impact-assessment':
    'Schätzen Sie, wie von {standard} gefordert, für jedes KI-System die Folgen für die betroffenen Personen und Gruppen ab.',
  'blocker.milestone.internal-audit':
    'Führen Sie ein internes Audit Ihres Managementsystems nach {standard} durch.',
  'blocker.milestone.management-review':
    'Führen Sie eine Managementbewertung der Ergebnisse zu {standard} durch und dokumentieren Sie die Entscheidungen.',
  'blocker.evidence-not-checked':
    'Sie geben an, an {standard} ausgerichtet zu sein, doch die Nachweise wurden nicht geprüft: Beantworten Sie die Fragen zum Managementsystem, oder lassen Sie jemanden bestätigen, dass jeder Meilenstein tatsächlich erreicht ist.',
  'blocker.readiness-below-threshold':
    'Der Umsetzungsgrad für {standard} liegt bei {readiness}\u00a0%; eine ehrliche Aussage zur Ausrichtung erfordert mindestens {threshold}\u00a0%.',
  'blocker.low-domain': '„{domain}“ gehört mit {score}\u00a0% zu Ihren schwächsten Bereichen.',
  'blocker.certification-audit':
    'Lassen Sie sich von einer für {standard} akkreditierten Zertifizierungsstelle auditieren: zuerst Stufe 1, die Prüfung Ihrer Dokumente, dann Stufe 2, das Audit, wie das System tatsächlich gelebt wird.',
  'blocker.non-accredited':
    'Ihr Zertifikat nach {standard} stammt von einer Stelle ohne Akkreditierung, und der Einkauf von Großunternehmen lehnt solche Zertifikate häufig ab. Lassen Sie sich von einer Stelle neu zertifizieren, die von einer nationalen Akkreditierungsstelle akkreditiert ist (DAkkS, SAS, UKAS, ANAB …).',
  'blocker.certificate-at-risk':
    'Nach Ihren Antworten fehlen bei {standard} Meilensteine oder wesentliche Maßnahmenbereiche ({missing} insgesamt): Das Zertifikat ist beim nächsten Überwachungsaudit gefährdet. Schließen Sie diese Lücken zuerst.',
  'blocker.certificate-scope.partly':
    'Ihr Zertifikat nach {standard} deckt nur einen Teil dessen ab, was Ihre Kunden bei Ihnen kaufen; Kunden prüfen den Geltungsbereich, erweitern Sie ihn daher beim nächsten Audit.',
  'blocker.certificate-scope.unsure':
    'Prüfen Sie, ob der Geltungsbereich auf Ihrem Zertifikat nach {standard} die Produkte und Dienstleistungen abdeckt, die Ihre Kunden kaufen: Ihre Kunden werden es tun.',
  'blocker.essential.access_control':
    'Führen Sie eine Zugangssteuerung ein (Zugriff nach dem Need-to-know-Prinzip, umgehender Entzug, regelmäßige Überprüfung): Ohne das ist keine Aussage zur Ausrichtung haltbar.',
  'blocker.essential.incident_management':
    'Richten Sie eine Vorfallbehandlung ein, die die Beschäftigten kennen und die erprobt ist: Ohne das ist keine Aussage zur Ausrichtung haltbar.',
  'blocker.essential.backup_continuity':
    'Schützen und testen Sie Ihre Sicherungen, und planen Sie die Wiederherstellung nach einer Störung: Ohne das ist keine Aussage zur Ausrichtung haltbar.',
  'blocker.essential.supplier_security':
    'Prüfen Sie die Informationssicherheit der Lieferanten und Cloud-Dienste, auf die Sie sich verlassen: Ohne das ist keine Aussage zur Ausrichtung haltbar.',
  'blocker.essential.change_management':
    'Planen, testen, genehmigen und dokumentieren Sie Änderungen an Ihren Systemen: Ohne das ist keine Aussage zur Ausrichtung haltbar.',
  'blocker.essential.cryptography':
    'Verschlüsseln Sie die sensiblen Daten, die Sie verarbeiten, nach einer schriftlichen Regel zu Algorithmen und Schlüsseln: Wer sensible Daten verarbeitet, kann ohne das keine haltbare Aussage zur Ausrichtung treffen.',
  'blocker.essential.ai_data':
    'Steuern Sie die Daten hinter Ihrer KI (Herkunft, Qualität, Repräsentativität, Nutzungsrecht): Bei selbst entwickelter KI ist ohne das keine Aussage zur Ausrichtung haltbar.',
  'blocker.essential.ai_verification':
    'Testen Sie jedes KI-System und jede neue Version vor der Freigabe gegen Abnahmekriterien (Genauigkeit, Robustheit, Fairness): Bei selbst entwickelter KI ist ohne das keine Aussage zur Ausrichtung haltbar.',
  'blocker.essential.ai_responsible_use':
    'Legen Sie fest, wo ein Mensch die Ausgaben Ihrer KI prüft oder übersteuern kann, und kontrollieren Sie, dass das auch geschieht: Bei KI, die Menschen betrifft, ist ohne das keine Aussage zur Ausrichtung haltbar.',
  'blocker.essential.ai_monitoring':
    'Überwachen Sie Ihre KI im Betrieb auf Fehler, Drift und Missbrauch, und handeln Sie auf Grundlage dessen, was Sie feststellen: Wenn KI das Produkt ist, ist ohne das keine Aussage zur Ausrichtung haltbar.',
  'blocker.essential.ai_suppliers':
    'Prüfen Sie eingekaufte KI vor und während der Nutzung anhand Ihrer Anforderungen an verantwortungsvolle KI: Ohne das ist keine Aussage zur Ausrichtung haltbar.',

  // Kernaussage: ein Satz je Norm.
  headline: 'Das können Sie heute sagen: {claim}. Das verlangen Ihre Kunden: {requirement}.',
  'headline.investors': 'Das können Sie heute sagen: {claim}. Das erwarten Ihre Investoren: {requirement}.',
  'headline.sector': 'Das können Sie heute sagen: {claim}. Das erwartet Ihre Branche: {requirement}.',
  'headline.regulation':
    'Das können Sie heute sagen: {claim}. Das erwarten die gesetzlichen Vorgaben: {requirement}.',
  'headline.no-requirement': 'Das können Sie heute sagen: {claim}. Bislang verlangt das niemand.',
  'headline.claim.none': 'noch nichts zu {standard}',
  'headline.claim.in-progress': 'die Arbeit an {standard} läuft',
  'headline.claim.aligned': 'an {standard} ausgerichtet',
  'headline.claim.certified-non-accredited':
    'zertifiziert nach {standard}, durch eine Stelle ohne Akkreditierung',
  'headline.claim.certified-accredited': 'zertifiziert nach {standard} durch eine akkreditierte Stelle',

  // Welche Normen.
  'standards.iso27001.sensitive-data':
    'Sie verarbeiten sensible Daten: {standard} ist der anerkannte Weg, zu zeigen, dass Sie sie schützen.',
  'standards.iso27001.regulated':
    'Ihre Branche ist reguliert: {standard} ist die Sicherheitsgrundlage, die Aufsichtsbehörden und Kunden erwarten.',
  'standards.iso27001.buyers':
    'Ihre Kunden oder Investoren fragen nach Informationssicherheit: {standard} ist die gängige Antwort auf ihre Fragen.',
  'standards.iso27001.held':
    'Mit {standard} haben Sie bereits begonnen ({claim}); der Plan baut auf dieser Arbeit auf, statt neu anzufangen.',
  'standards.iso42001.core':
    'KI ist Ihr Produkt: {standard} regelt, wie Sie es entwickeln, ausliefern und im Betrieb überwachen.',
  'standards.iso42001.feature':
    'KI ist eine Ihrer Produktfunktionen: {standard} deckt ab, was Sicherheitsmaßnahmen nicht erfassen, etwa Verzerrungen, Drift, Erklärbarkeit und Auswirkungen auf Menschen.',
  'standards.iso42001.procured-affects-people':
    'Eingekaufte KI fließt bei Ihnen in Entscheidungen über Menschen ein: {standard} gibt Ihnen dafür Folgenabschätzung, menschliche Aufsicht und Lieferantenprüfung an die Hand.',
  'standards.iso42001.procured-high-risk':
    'Eingekaufte KI könnte nach der KI-Verordnung der EU hochriskant sein: {standard} hilft Ihnen, die Pflichten eines Betreibers zu erfüllen.',
  'standards.iso42001.held':
    'Mit {standard} haben Sie bereits begonnen ({claim}); der Plan baut auf dieser Arbeit auf, statt neu anzufangen.',
  'standards.not-needed': 'Nichts in Ihrem Profil erfordert heute {standard}.',
  'standards.iso42001.unknown':
    'Sie haben nicht angegeben, ob Sie KI einsetzen; daher können wir nicht sagen, ob Sie {standard} brauchen.',
  'answers.none':
    'Sie haben keine der Fragen zum Umsetzungsgrad beantwortet (alle offen gelassen oder mit „Nicht sicher“); dieses Ergebnis beruht daher allein auf Ihrem Profil.',
  'maturity.measured-higher':
    'Nach Ihren Antworten liegen Ihre Sicherheitsmaßnahmen bei {readiness}\u00a0% und damit höher, als Sie sie selbst eingeschätzt haben: Wir planen mit dem gemessenen Stand.',
  'maturity.measured-lower':
    'Nach Ihren Antworten liegen Ihre Sicherheitsmaßnahmen bei {readiness}\u00a0% und damit niedriger, als Sie sie selbst eingeschätzt haben: Wir planen mit dem gemessenen Stand.',
  'standards.out-of-scope':
    '{standard} würde ebenfalls zu Ihrem Profil passen, liegt aber außerhalb dieser Bewertung; fragen Sie gesondert danach.',

  // Reihenfolge.
  'sequence.none': 'Derzeit gibt es nichts zu verfolgen.',
  'sequence.single': 'Eine Norm, an der Sie arbeiten sollten: {standard}.',
  'sequence.maintain':
    'Sie erfüllen bereits, was von Ihnen verlangt wird: Halten Sie das Managementsystem am Laufen und jedes Zertifikat gültig.',
  'sequence.restore':
    'Auf dem Papier erfüllen Sie, was von Ihnen verlangt wird, doch Ihre Antworten zeigen, dass das System nicht so gelebt wird, wie es sollte: Bringen Sie es vor dem nächsten Überwachungsaudit wieder in Gang, beginnend mit den aufgeführten Lücken.',
  'sequence.certify-only': 'Beide Normen sind umgesetzt: Es fehlt nur noch das Zertifikat nach {standard}.',
  'sequence.add-iso42001':
    '{iso27001} ist umgesetzt: Bauen Sie {iso42001} darauf auf und nutzen Sie das Managementsystem und die Sicherheitsmaßnahmen, die Sie bereits betreiben.',
  'sequence.add-iso27001':
    '{iso42001} ist umgesetzt: Ergänzen Sie {iso27001} und nutzen Sie das Managementsystem, das Sie bereits betreiben.',
  'sequence.iso27001-first.weak-security':
    'Ihre Sicherheitsreife ist gering: Bauen Sie zuerst {iso27001} auf, denn KI-Governance steht auf Sicherheitsgrundlagen wie Zugangssteuerung, Protokollierung, Lieferantenprüfung und Vorfallbehandlung.',
  'sequence.iso27001-first.certificate-first':
    'Ihre Kunden brauchen ein akkreditiertes Zertifikat nach {iso27001}, während für {iso42001} nur eine Ausrichtung das Ziel ist: {iso27001} kommt zuerst, damit sich das Zertifikat, das Ihnen Verkäufe ermöglicht, nicht verzögert; {iso42001} folgt im selben Managementsystem.',
  'sequence.iso27001-first.not-core':
    'KI ist nicht der Kern Ihres Produkts, und Ihre Sicherheit ist erst teilweise aufgestellt: Zuerst {iso27001} ist der pragmatische Weg, {iso42001} kommt darauf.',
  'sequence.iso42001-first':
    'KI ist Ihr Produkt, und Ihre Sicherheit ist ordentlich aufgestellt: Die Steuerung der KI ist das größere Risiko, daher kommt {iso42001} zuerst, und {iso27001} folgt im selben Managementsystem.',
  'sequence.together':
    'Sie starten beide Normen mit hoher Sicherheitsreife: Planen Sie sie von Anfang an gemeinsam, mit gemeinsamem Anwendungsbereich, Risikoverfahren und Audits, denn zwei getrennt aufgebaute Systeme später zusammenzuführen kostet fast so viel wie ein Neuanfang.',
  'sequence.together.core-strong':
    'KI ist Ihr Produkt, und Ihre Sicherheit ist stark aufgestellt: Gestalten Sie beide Normen von Anfang an als ein Programm, mit einem gemeinsamen Maßnahmenkatalog, in dem jede Maßnahme beiden Normen zugeordnet ist; zwei getrennt aufgebaute Systeme später zusammenzuführen kostet fast so viel wie ein Neuanfang.',
  'sequence.together-certify':
    'Beide Normen sind umgesetzt, aber noch nicht so zertifiziert, wie Ihre Kunden es verlangen: Zertifizieren Sie beide gemeinsam.',

  // Betriebsmodell.
  'operating-model.unified':
    'Ein Managementsystem für beide Normen: ein Anwendungsbereich, ein Risikoverfahren, ein internes Audit und eine Managementbewertung, jede Maßnahme der Norm zugeordnet, der sie dient.',
  'operating-model.federated.separate-ai':
    'Ihr KI-Team arbeitet getrennt vom Kernprodukt: Betreiben Sie ein eigenes KI-Managementsystem neben dem ISMS, mit gemeinsamer Governance-Ebene (Politik, Audit, Managementbewertung).',
  'operating-model.federated.high-risk':
    'Ihre KI ist nach der KI-Verordnung der EU hochriskant, und Ihre Organisation ({size}) ist groß genug für ein eigenes KI-Managementsystem; die Nachweise, die die Verordnung erwartet, rechtfertigen es, bei gemeinsamer Governance mit dem ISMS.',
  'alternative.iso42001-first':
    'Alternative: zuerst {iso42001}, vertretbar für ein Unternehmen, dessen Geschäft auf KI beruht; richtig, wenn Ihre Kunden nach KI-Governance fragen, bevor sie ein Sicherheitszertifikat verlangen.',
  'alternative.together':
    'Alternative: beide Normen von Anfang an gemeinsam, auf Grundlage eines einzigen Entwurfs; richtig, wenn Sie beide zugleich personell stemmen können, und günstiger, als später zwei Systeme zusammenzuführen.',
  'alternative.iso27001-first':
    'Alternative: zuerst {iso27001}; richtig, wenn ein Auftrag das Sicherheitszertifikat verlangt, bevor überhaupt jemand nach Ihrer KI fragt.',
  'alternative.separate-audits':
    'Alternative: zwei getrennte Audits; richtig, wenn Ihre Zertifizierungsstelle für {iso42001} noch nicht akkreditiert ist oder ein Auftrag das eine Zertifikat verlangt, bevor das andere System bereit ist.',
  'alternative.federated':
    'Alternative: ein eigenes KI-Managementsystem, das sich die Governance mit dem ISMS teilt; richtig, wenn das KI-Team getrennt vom Produkt arbeitet oder die Nachweise, die Hochrisiko-KI verlangt, den Rahmen eines einzigen Systems sprengen.',
  'alternative.unified':
    'Alternative: ein System für beide Normen; richtig, wenn Ihre KI-Arbeit in den Produktteams angesiedelt ist und ein gemeinsamer Auditrhythmus leichter zu bewältigen ist.',

  // Ziele.
  'target.certified': 'Ziel für {standard}: ein akkreditiertes Zertifikat, weil es von Ihnen verlangt wird.',
  'target.held': 'Ziel für {standard}: Ihr akkreditiertes Zertifikat aufrechterhalten.',
  'target.aligned':
    'Ziel für {standard}: eine nachweisbare Ausrichtung an der Norm. Zertifizieren Sie später, wenn ein Auftrag oder eine Ausschreibung es verlangt.',
  'target.aligned-certificate-later':
    'Ziel für {standard}: eine Ausrichtung, die Sie schon jetzt nachweisen können. Wer Hochrisiko-KI an große Kunden verkauft, muss damit rechnen, dass ein Zertifikat verlangt wird, sobald akkreditierte Stellen verfügbar sind; zertifizieren Sie, wenn ein Auftrag es verlangt.',

  // Phasen.
  'phase.align': 'Ausrichtung an {standard}',
  'phase.certify': 'Zertifizierung nach {standard} durch eine akkreditierte Stelle',
  'phase.recertify': 'Neuzertifizierung nach {standard} durch eine akkreditierte Stelle',
  'phase.restore': 'Das System nach {standard} vor dem nächsten Überwachungsaudit wieder in Gang bringen',
  'phases.align-27001':
    'Die Ausrichtung an {standard} von Grund auf dauert etwa {min}–{max} Wochen, überwiegend interne Arbeit.',
  'phases.align-42001-on-top':
    'Auf einem bestehenden System nach {iso27001} dauert die Ausrichtung an {iso42001} etwa {min}–{max} Wochen KI-spezifischer Arbeit.',
  'phases.align-42001-together':
    'In einem gemeinsamen Programm dauert die spezifische Arbeit für {iso42001} etwa {min}–{max} Wochen und läuft im letzten Abschnitt der Ausrichtung an {iso27001} mit, sodass beide für ein einziges Audit bereit sind.',
  'phases.align-42001-standalone':
    'Ohne ein System nach {iso27001} als Unterbau dauert die Ausrichtung an {iso42001} etwa {min}–{max} Wochen, weil die Sicherheitsgrundlagen darin mit aufgebaut werden müssen.',
  'phases.align-27001-after-42001':
    'Die Sicherheitsgrundlagen, die im System nach {iso42001} bereits aufgebaut wurden, zählen nur einmal: Die danach verbleibende Arbeit für {iso27001} dauert etwa {min}–{max} Wochen.',
  'phases.scaled':
    'Nach Ihren Antworten liegt der Umsetzungsgrad für {standard} bei {readiness}\u00a0%; die Ausrichtungsphase verkürzt sich daher auf etwa {min}–{max} Wochen.',
  'phases.scaled.specific':
    'Nach Ihren Antworten sind {readiness}\u00a0% der spezifischen Arbeit für {standard} erledigt; diese Phase verkürzt sich daher auf etwa {min}–{max} Wochen. Arbeit, die beide Normen teilen, ist im Ausgangswert bereits berücksichtigt.',
  'phases.size.small':
    'Eine kleine Organisation ({size}) liegt am kurzen Ende der veröffentlichten Spannen: Für {standard} planen wir {min}–{max} Wochen.',
  'phases.size.large':
    'Eine große Organisation ({size}) liegt am langen Ende der veröffentlichten Spannen: Für {standard} planen wir {min}–{max} Wochen.',
  'phases.restore':
    'Bei Ihrem Umsetzungsgrad dauert es etwa {min}–{max} Wochen, bis das System nach {standard} wieder gelebt wird; genau darauf achtet das nächste Überwachungsaudit.',
  'phases.certify':
    'Vom ausgerichteten System bis zum Zertifikat vergehen etwa {min}–{max} Wochen: Stufe 1, Beheben der Feststellungen, Stufe 2 und die Zertifizierungsentscheidung.',
  'phases.integrated-audit':
    'Beide Normen werden im selben Zeitfenster zertifiziert, in einem integrierten Audit durch eine einzige Stelle statt in zwei aufeinanderfolgenden Audits.',
  'phases.end-to-end':
    'Veröffentlichte Zahlen zu {iso42001} weichen voneinander ab, weil sie Unterschiedliches messen: {onTopMin}–{onTopMax} Wochen sind die Ausrichtungsarbeit auf {iso27001} aufbauend, während {withMin}–{withMax} Wochen ({withoutMin}–{withoutMax} ohne {iso27001}) vom Projektstart bis zum Zertifikat reichen, Audits eingeschlossen.',

  // Kosten.
  'costs.band.small':
    'Kosten für eine kleine Organisation ({size}): Gebühren der Zertifizierungsstelle von {fees} über den ersten Zyklus sowie interner Aufwand von {effort} an Zeit und Werkzeugen.',
  'costs.band.medium':
    'Kosten für eine mittelgroße Organisation ({size}): Gebühren der Zertifizierungsstelle von {fees} über den ersten Zyklus sowie interner Aufwand von {effort} an Zeit und Werkzeugen.',
  'costs.band.large':
    'Kosten für eine große Organisation ({size}): Gebühren der Zertifizierungsstelle von {fees} über den ersten Zyklus sowie interner Aufwand von {effort} an Zeit und Werkzeugen.',
  'costs.aligned-already':
    'Sie sind bereits an {standard} ausgerichtet, der Großteil der internen Arbeit ist also erledigt: Wir rechnen mit etwa {share}\u00a0% des üblichen internen Aufwands.',
  'costs.recertify':
    'Beim Wechsel zu einer akkreditierten Stelle für {standard} nutzen Sie das System weiter, das Sie bereits betreiben: Wir rechnen mit etwa {share}\u00a0% des üblichen internen Aufwands.',
  'costs.integrated':
    'Im selben integrierten Audit zertifiziert, kostet {standard} etwa {share}\u00a0% einer getrennten Zertifizierung, bei den Gebühren wie beim internen Aufwand; fragen Sie nach einem Angebot für ein integriertes Audit.',
  'costs.none': 'Eine Zertifizierung ist noch nicht das Ziel, daher fallen keine Zertifizierungskosten an.',
  'costs.none.held':
    'Sie haben bereits die Zertifikate, die von Ihnen verlangt werden: Einzuplanen sind nur noch die jährlichen Überwachungsaudits.',
  'size.people': '{employees} Beschäftigte',
  'size.band.1-9': '1 bis 9 Beschäftigte',
  'size.band.10-49': '10 bis 49 Beschäftigte',
  'size.band.50-249': '50 bis 249 Beschäftigte',
  'size.band.250-999': '250 bis 999 Beschäftigte',
  'size.band.1000-plus': '1.000 Beschäftigte oder mehr',

  // Wiederverwendung.
  'reuse.quoted':
    'Zwischen {min} und {max}\u00a0% der Arbeit für {iso27001} lassen sich für {iso42001} weiterverwenden. Die Zahlen schwanken, weil die Quellen Unterschiedliches messen: {docMin}–{docMax}\u00a0% des Dokumentationsaufwands, {polMin}–{polMax}\u00a0% der Dokumente, Richtlinien und Prozesse, {ctlMin}–{ctlMax}\u00a0% der grundlegenden Maßnahmen. Beantworten Sie die Fragen der Bewertung, um Ihren eigenen Wert zu erhalten.',
  'reuse.computed':
    'Zwischen {min} und {max}\u00a0% der Arbeit für {iso27001} lassen sich für {iso42001} weiterverwenden. Die Zahlen schwanken, weil die Quellen Unterschiedliches messen: {docMin}–{docMax}\u00a0% des Dokumentationsaufwands, {polMin}–{polMax}\u00a0% der Dokumente, Richtlinien und Prozesse, {ctlMin}–{ctlMax}\u00a0% der grundlegenden Maßnahmen. Nach Ihren Antworten deckt Ihr Informationssicherheits-Managementsystem bereits etwa {computed}\u00a0% der Arbeit für {iso42001} ab: gemeinsame Praktiken vollständig, dazu den Teil der KI-spezifischen Arbeit, den Ihre bestehenden Prozesse mittragen, etwa ein auf KI erweitertes gemeinsames Auditprogramm („Teilweise“ zählt zur Hälfte).',
  'reuse.reverse':
    'Ihr System nach {iso42001} lässt sich für {iso27001} weiterverwenden: dieselbe Abschnittsstruktur, dasselbe Audit und dieselbe Managementbewertung sowie die Sicherheitsmaßnahmen, auf denen Ihre KI aufsetzt. Unsere Quellen messen nur die umgekehrte Richtung ({min}–{max}\u00a0%); betrachten Sie diesen Wert daher nur als groben Anhaltspunkt.',
  'reuse.reverse.computed':
    'Ihr System nach {iso42001} lässt sich für {iso27001} weiterverwenden: dieselbe Abschnittsstruktur, dasselbe Audit und dieselbe Managementbewertung sowie die Sicherheitsmaßnahmen, auf denen Ihre KI aufsetzt. Nach Ihren Antworten beruhen {computed}\u00a0% der gewichteten Arbeit für {iso27001} auf Praktiken, die beide Normen teilen und die Sie bereits umsetzen („Teilweise“ zählt zur Hälfte); unsere Quellen messen nur die umgekehrte Richtung ({min}–{max}\u00a0%).',

  // Regulatorische Bezüge.
  'regulatory.eu-ai-act.provider':
    'Sie bringen als Anbieter KI in der EU in Verkehr: Zu diesen Artikeln der KI-Verordnung liefert Ihre Arbeit an {iso42001} Nachweise. {iso42001} ist keine harmonisierte Norm, daher begründet nichts davon eine Konformitätsvermutung mit der Verordnung.',
  'regulatory.eu-ai-act.provider-deployer':
    'Sie entwickeln KI und setzen sie in der EU selbst ein: Sie sind zugleich Anbieter und Betreiber, daher gelten die Pflichten beider Rollen; zu diesen Artikeln der KI-Verordnung liefert Ihre Arbeit an {iso42001} Nachweise, ohne Konformitätsvermutung.',
  'regulatory.eu-ai-act.literacy':
    'Sie setzen KI in der EU ein: Die Pflicht zur KI-Kompetenz aus der KI-Verordnung gilt für Sie, auch wenn {iso42001} Sie noch nicht betrifft.',
  'regulatory.eu-ai-act.outside-42001':
    'Konformitätsbewertung, EU-Konformitätserklärung, CE-Kennzeichnung und Registrierung in der EU-Datenbank liegen außerhalb von {iso42001}: Planen Sie sie für jedes Hochrisiko-System als Teil der Produktarbeit ein.',
  'regulatory.eu-ai-act.deployer':
    'Sie setzen als Betreiber KI in der EU ein: Zu diesen Artikeln der KI-Verordnung liefert Ihre Arbeit an {iso42001} Nachweise. {iso42001} ist keine harmonisierte Norm, daher begründet nichts davon eine Konformitätsvermutung mit der Verordnung.',
  'regulatory.high-risk-unsure':
    'Sie wissen nicht sicher, ob Ihre KI hochriskant ist, daher sind auch die Artikel für Hochrisiko-Systeme aufgeführt: Prüfen Sie Ihre Systeme anhand von Anhang III der Verordnung.',
  'regulatory.nist':
    'Sie verkaufen in den USA: {iso42001} deckt alle vier Funktionen des NIST AI Risk Management Framework ab (GOVERN, MAP, MEASURE, MANAGE).',
  'regulatory.eu-ai-act.art-4':
    'KI-Kompetenz für alle, die KI entwickeln oder nutzen. Die Arbeit an Kompetenz und Bewusstsein liefert Nachweise; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-9':
    'Ein Risikomanagementsystem, für jedes Hochrisiko-System fortlaufend gepflegt. KI-Risikobeurteilungen und Folgenabschätzungen liefern Nachweise; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-10':
    'Trainings-, Validierungs- und Testdaten, die zweckgeeignet und auf Verzerrungen untersucht sind. Maßnahmen zu Daten für KI liefern Nachweise; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-11':
    'Technische Dokumentation nach Anhang IV. Aufzeichnungen zum Lebenszyklus decken einen Teil davon ab; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-12':
    'Automatische Ereignisprotokolle, die ins Produkt eingebaut sein müssen. Maßnahmen zu Ereignisprotokollen liefern Nachweise; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-13':
    'Transparenz und Betriebsanleitungen für Betreiber. Informationen für Nutzer liefern Nachweise; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-14':
    'Menschliche Aufsicht, in das System eingebaut. Maßnahmen zur verantwortungsvollen Nutzung decken einen Teil davon ab; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-15':
    'Genauigkeit, Robustheit und Cybersicherheit. Verifizierung, Überwachung und Maßnahmen nach ISO/IEC 27001 liefern Nachweise; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-17':
    'Ein Qualitätsmanagementsystem für Anbieter von Hochrisiko-KI. Das KI-Managementsystem kommt ihm am nächsten, einzelne Elemente je System bleiben aber nötig; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-26':
    'Pflichten der Betreiber: Verwendung gemäß Betriebsanleitung, Zuweisung der menschlichen Aufsicht, Aufbewahrung der Protokolle für mindestens sechs Monate. Maßnahmen zur Nutzung und zu Lieferanten liefern Nachweise; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-27':
    'Eine Grundrechte-Folgenabschätzung für öffentliche Stellen und bestimmte Betreiber, etwa bei Kreditwürdigkeits- und Versicherungsbewertungen. Die KI-Folgenabschätzung deckt einen Teil davon ab; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-50':
    'Menschen darüber informieren, dass sie mit KI interagieren, und erzeugte Inhalte kennzeichnen. Informationen für interessierte Parteien liefern Nachweise; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-72':
    'Beobachtung von Hochrisiko-Systemen nach dem Inverkehrbringen, mit einem Plan je System. Überwachung und Verbesserung liefern Nachweise; keine Konformitätsvermutung.',
  'regulatory.eu-ai-act.art-73':
    'Meldung schwerwiegender Vorfälle innerhalb gesetzlicher Fristen. Kommunikation zu Vorfällen und Korrekturmaßnahmen liefern Nachweise; keine Konformitätsvermutung.',
  'regulatory.nist.govern':
    'GOVERN: Richtlinien, Verantwortlichkeit, Kompetenzen und Dritte; KI-Politik, Rollen und Lieferantenmaßnahmen lassen sich darauf abbilden.',
  'regulatory.nist.map':
    'MAP: Kontext, Risiken und Folgen jedes Systems; Kontextanalyse und Folgenabschätzung lassen sich darauf abbilden.',
  'regulatory.nist.measure':
    'MEASURE: Vertrauenswürdigkeit testen und verfolgen; Verifizierung und Überwachung lassen sich darauf abbilden.',
  'regulatory.nist.manage':
    'MANAGE: Risiken behandeln, überwachen und kommunizieren; Risikobehandlung und Managementbewertung lassen sich darauf abbilden.',

  // Nächste Schritte, in der Reihenfolge, in der sie angeboten werden.
  'step.none.basics':
    'Halten Sie die Sicherheitsgrundlagen fest, die Sie bereits umsetzen (Zugangssteuerung, Mehr-Faktor-Authentifizierung, Backups, Updates), damit Sie einen Kundenfragebogen beantworten können.',
  'step.none.revisit':
    'Wiederholen Sie diese Bewertung, wenn ein Kunde einen Sicherheitsfragebogen schickt, Sie eine Finanzierungsrunde angehen oder mit KI zu entwickeln beginnen.',
  'step.none.ai-tools':
    'Wenn Sie KI-Werkzeuge nutzen, führen Sie eine Liste dieser Werkzeuge und dessen, worüber sie bei Entscheidungen über Menschen mitbestimmen.',
  'step.classify-ai-act':
    'Klären Sie, ob eines Ihrer KI-Systeme nach der KI-Verordnung der EU hochriskant ist (Anhang III: Personalauswahl, Kreditvergabe, Gesundheit, Bildung, kritische Infrastrukturen …); planen Sie, bis Sie es wissen, so, als wäre es der Fall.',
  'step.gap-analysis-27001':
    'Führen Sie eine Gap-Analyse gegen die Abschnitte 4–10 und Anhang A von {standard} durch, und erstellen Sie dann aus Ihrer Risikobeurteilung die Erklärung zur Anwendbarkeit.',
  'step.unified-design':
    'Bevor Sie eine einzige Richtlinie schreiben, entwerfen Sie einen gemeinsamen Maßnahmenkatalog, in dem jede Maßnahme den Normen zugeordnet ist, denen sie dient, mit einem Anwendungsbereich, einem Risikoverfahren, einem Auditprogramm und einer Managementbewertung für beide.',
  'step.restore':
    'Bringen Sie zuerst Ihr System nach {standard} wieder in Gang: Holen Sie fehlende Meilensteine nach und schließen Sie Lücken bei den Maßnahmen, bevor das nächste Überwachungsaudit sie aufdeckt.',
  'step.essential':
    'Schließen Sie die für {standard} aufgeführten Lücken in wesentlichen Maßnahmenbereichen: Eine Aussage zur Ausrichtung setzt voraus, dass diese umgesetzt sind.',
  'step.certificate-scope':
    'Gleichen Sie den Geltungsbereich auf Ihrem Zertifikat nach {standard} mit dem ab, was Ihre Kunden kaufen, und erweitern Sie ihn beim nächsten Audit, falls er nicht ausreicht.',
  'step.ai-literacy':
    'Vermitteln Sie allen, die KI-Werkzeuge nutzen, grundlegende KI-Kompetenz (was die Werkzeuge leisten, wo ihre Grenzen liegen, welche Daten niemals hineingehören): Die KI-Verordnung der EU erwartet das.',
  'step.map-42001':
    'Nehmen Sie sich {min}–{max} Wochen, um die Maßnahmenziele von {iso42001} auf Ihr ISMS abzubilden: welche Maßnahmen sie bereits abdecken, welche erweitert werden müssen und welche neu sind.',
  'step.extend-risk-register':
    'Nehmen Sie KI-Risiken (Verzerrungen, Drift, Erklärbarkeit, Auswirkungen auf Menschen) in Ihr bestehendes Risikoregister auf, statt ein zweites anzulegen.',
  'step.ai-inventory':
    'Erfassen Sie jedes KI-System, das Sie entwickeln, ausliefern oder einkaufen, mit seinem Zweck und den Betroffenen: Diese Liste bestimmt den Anwendungsbereich des KI-Managementsystems.',
  'step.impact-assessment':
    'Führen Sie für jedes KI-System, das Menschen betrifft, eine Folgenabschätzung durch, und aktualisieren Sie sie bei jeder Änderung des Systems.',
  'step.internal-audit':
    'Bevor Sie sich als an der Norm ausgerichtet bezeichnen, führen Sie ein internes Audit und eine Managementbewertung durch und beheben Sie die Feststellungen.',
  'step.recertify':
    'Wechseln Sie für {standard} zu einer Zertifizierungsstelle, die von einer nationalen Akkreditierungsstelle akkreditiert ist (DAkkS, SAS, UKAS, ANAB …), bevor ein Kunde Ihr Zertifikat ablehnt.',
  'step.check-accreditation-27001':
    'Wählen Sie eine Zertifizierungsstelle, die von einer nationalen Akkreditierungsstelle für {standard} akkreditiert ist (DAkkS, SAS, UKAS, ANAB …), und prüfen Sie deren Zertifikate in IAF CertSearch.',
  'step.check-accreditation-42001':
    'Prüfen Sie vor Vertragsabschluss bei der DAkkS, der SAS, der UKAS, der ANAB oder Ihrer nationalen Akkreditierungsstelle, ob der Akkreditierungsumfang Ihrer Zertifizierungsstelle {standard} umfasst: Nicht jede für ISO/IEC 27001 akkreditierte Stelle ist es bereits auch für 42001.',
  'step.maintain':
    'Halten Sie das System am Laufen: internes Audit und Managementbewertung nach Plan, dazu das jährliche Überwachungsaudit für jedes Zertifikat.',
  'step.review-scope':
    'Überprüfen Sie den Anwendungsbereich, sobald neue Produkte, KI-Systeme oder Märkte hinzukommen.',
  'blocker.certificate-nonconformities':
    '{missing} Meilenstein(e) von {standard} sind nur teilweise umgesetzt: Rechnen Sie beim nächsten Überwachungsaudit mit Abweichungen und schließen Sie sie vorher.',
  'blocker.certificate-2013':
    'Ihr Zertifikat nach {standard} lautet auf die Ausgabe 2013: Solche Zertifikate haben mit dem 31. Oktober 2025 ihre Gültigkeit verloren (IAF MD 26), Sie können sich also nicht mehr darauf berufen. Lassen Sie sich nach der Ausgabe 2022 zertifizieren und beginnen Sie mit den Maßnahmen, die diese Ausgabe neu aufgenommen hat, etwa Bedrohungsinformationen.',
  'blocker.certificate-expired':
    'Ihr Zertifikat nach {standard} ist abgelaufen oder wurde entzogen, Sie können sich also nicht mehr darauf berufen: Ein neues Zertifizierungsaudit ist nötig.',
  'blocker.certificate-suspended':
    'Ihr Zertifikat nach {standard} ist ausgesetzt, und solange das dauert, dürfen Sie sich nicht darauf berufen. Fragen Sie dieselbe Zertifizierungsstelle jetzt, was sie für die Wiederinkraftsetzung braucht, bevor das Zertifikat entzogen wird: Das kostet weit weniger als ein neues Erstaudit.',
  'blocker.certificate-state-unsure':
    'Prüfen Sie Ausgabe und Ablaufdatum auf Ihrem Zertifikat nach {standard}: Seit dem 1. November 2025 kann man sich nur noch auf ein gültiges Zertifikat nach der Ausgabe 2022 berufen.',
  'blocker.essential.data_protection':
    'Legen Sie fest, was in KI-Werkzeuge eingegeben werden darf, und prüfen Sie, dass es eingehalten wird: Kunden- oder sensible Daten, die in öffentliche KI-Dienste kopiert werden, entziehen sich Ihrer Kontrolle.',
  'target.lapsed':
    'Ziel für {standard}: wieder ein gültiges akkreditiertes Zertifikat, wie Sie es hatten; Kunden prüfen Ausgabe und Daten.',
  'sequence.iso27001-first.certificate-first.no-buyers':
    'Von Ihnen wird ein akkreditiertes Zertifikat nach {iso27001} erwartet, und {iso42001} ist nur ein Ausrichtungsziel: {iso27001} kommt zuerst, {iso42001} folgt auf demselben System.',
  'requirement.iso27001.public-body':
    'Sie haben keine Kunden zufriedenzustellen: Die nationalen Sicherheitsvorgaben für Ihren Sektor und, wo sie gilt, NIS2 bestimmen, was von Ihnen erwartet wird. Eine Ausrichtung an {standard} belegt das meiste davon; ein Zertifikat ist Ihre Entscheidung.',
  'phase.reinstate': '{standard} bei Ihrer Zertifizierungsstelle wieder in Kraft setzen lassen',
  'phases.restore.capped':
    '{standard} wieder in einen laufenden Zustand zu bringen, dauert länger als die Zeit bis zum nächsten Überwachungsaudit: Planen Sie {min}–{max} Wochen und informieren Sie Ihre Zertifizierungsstelle jetzt, denn eine schwerwiegende Abweichung kann zur Aussetzung führen.',
  'phases.floor-42001':
    'Für {standard} planen wir nicht weniger als {min}–{max} Wochen: Hochrisiko-KI, ein Modell mit allgemeinem Verwendungszweck, eine große Organisation oder eine noch ausstehende Folgenabschätzung und interne Auditierung brauchen den vollen Aufwand, den die Quellen ansetzen.',
  'costs.scaled':
    'Der interne Aufwand richtet sich nach der verbleibenden Arbeit: Bei {readiness}\u00a0% Umsetzungsgrad rechnen wir mit etwa {share}\u00a0% des üblichen internen Aufwands für {standard}.',
  'costs.on-top':
    '{standard} auf Ihrem laufenden System nach {iso27001} übernimmt {min}–{max}\u00a0% der Arbeit, daher rechnen wir mit {lowShare}–{highShare}\u00a0% des üblichen internen Aufwands.',
  'costs.integrated-surveillance':
    'Bitten Sie darum, das Erstaudit für {standard} mit dem nächsten Überwachungsaudit Ihres Zertifikats nach {iso27001} als ein integriertes Audit zu verbinden: Wir rechnen mit etwa {share}\u00a0% der üblichen Auditgebühren.',
  'costs.small-team':
    'Bei weniger als 10 Personen setzen die veröffentlichten Spannen ein Team voraus, daher rechnen wir stattdessen mit Ihrer eigenen Zeit: etwa {minDays}–{maxDays} Personentage, bewertet mit dem Tagessatz hinter den Zahlen.',
  'regulatory.eu-ai-act.art-53':
    'Pflichten der Anbieter von KI-Modellen mit allgemeinem Verwendungszweck: technische Dokumentation des Modells, Informationen für die Anbieter, die darauf aufbauen, eine Strategie zur Einhaltung des EU-Urheberrechts und eine öffentliche Zusammenfassung der Trainingsinhalte. Sie gelten seit dem 2. August 2025; {iso42001} deckt nur wenig davon ab.',
  'regulatory.eu-ai-act.art-54':
    'Wenn Sie außerhalb der EU niedergelassen sind, benennen Sie schriftlich einen Bevollmächtigten in der EU, bevor Ihr Modell in der EU in Verkehr gebracht wird.',
  'regulatory.eu-ai-act.art-55':
    'Ein Modell mit systemischem Risiko bringt hinzu: Bewertung mit Angriffstests, Bewertung und Minderung systemischer Risiken, Meldung schwerwiegender Vorfälle an das KI-Büro und angemessene Cybersicherheit für Modell und Infrastruktur.',
  'regulatory.eu-ai-act.gpai':
    'Sie entwickeln ein KI-Modell mit allgemeinem Verwendungszweck, auf dem andere aufbauen: Die Pflichten der Verordnung für solche Modelle gelten für Sie in der EU, unabhängig von der Risikoklasse der darauf aufbauenden Systeme. {iso42001} gibt ihnen einen Managementrahmen, deckt sie aber nicht ab.',
  'regulatory.eu-ai-act.gpai-unsure':
    'Sie sind nicht sicher, ob Ihr Modell als KI-Modell mit allgemeinem Verwendungszweck gilt: Wenn andere eigene Systeme darauf aufbauen, gelten die Pflichten aus Art. 53; klären Sie das, bevor Sie es in der EU anbieten.',
  'regulatory.eu-ai-act.art-26-7':
    'Bevor ein Hochrisiko-KI-System am Arbeitsplatz eingesetzt wird, informieren Sie die Arbeitnehmervertretung und die betroffenen Beschäftigten.',
  'regulatory.eu-ai-act.medical-device':
    'Ist Ihre KI ein Medizinprodukt oder Teil davon, führt ihr Konformitätsweg über eine benannte Stelle nach MDR oder IVDR, die die Anforderungen der KI-Verordnung in derselben Bewertung prüft.',
  'regulatory.eu-ai-act.dates':
    'Nach dem geltenden Text der Verordnung gelten die Pflichten für Hochrisiko-Systeme nach Anhang III ab dem 2. August 2026 und für KI in Produkten nach Anhang I, etwa Medizinprodukten, ab dem 2. August 2027.',
  'regulatory.eu-ai-act.research':
    'Sie entwickeln und nutzen Ihre KI ausschließlich für die wissenschaftliche Forschung: Die KI-Verordnung der EU gilt dafür nicht (Art. 2 Abs. 6). Ihre Pflichten beginnen, sobald ein System außerhalb der Forschung in Verkehr gebracht oder in Betrieb genommen wird.',
  'regulatory.dora':
    '{iso27001} liefert viele Nachweise für den Rahmen für das IKT-Risikomanagement; es ersetzt nicht das Informationsregister der IKT-Drittdienstleister, die Meldung von Vorfällen an Ihre Aufsicht und keine bedrohungsorientierten Penetrationstests.',
  'regulatory.nis2':
    '{iso27001} liefert Nachweise für die meisten Risikomanagementmaßnahmen; nationale Vorschriften ergänzen Registrierung, Meldefristen für Vorfälle und die Verantwortung der Leitung.',
  'regulatory.sectors':
    'Für Ihren Sektor gelten eigene Sicherheitsvorschriften: {iso27001} hilft dabei, wie aufgeführt, ohne sie zu ersetzen.',
  'alternative.soc2':
    'Alternative für Kunden in den USA: Viele akzeptieren einen SOC-2-Type-II-Bericht anstelle von {iso27001}; {iso27001} trägt weiter, wenn Sie später in der EU oder im Vereinigten Königreich verkaufen.',
  'step.reinstate':
    'Fragen Sie Ihre Zertifizierungsstelle, was sie braucht, um die Aussetzung Ihres Zertifikats nach {standard} aufzuheben, und schließen Sie diese Feststellungen vor der gesetzten Frist.',
  'step.transition-2022':
    'Buchen Sie ein Umstellungsaudit auf die Ausgabe 2022 von {standard}: Bringen Sie die Erklärung zur Anwendbarkeit auf die 93 Maßnahmen und schließen Sie die Lücken bei denen, die die Ausgabe 2022 neu aufgenommen hat.',
  'step.ai-risk-early':
    'Beginnen Sie jetzt, parallel zur Arbeit an {iso27001}, mit dem Risikomanagement, das die KI-Verordnung der EU für Ihr Hochrisiko-System verlangt (Art. 9), und mit seiner Folgenabschätzung: Diese Pflichten warten nicht auf das Sicherheitszertifikat.',
  'step.keep-evidence':
    'Halten Sie die Nachweise, die Kunden anfordern, versandbereit: Erklärung zur Anwendbarkeit, letztes internes Audit, Protokoll der Managementbewertung, Testberichte.',
};
