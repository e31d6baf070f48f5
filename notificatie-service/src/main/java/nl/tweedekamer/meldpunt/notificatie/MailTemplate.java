package nl.tweedekamer.meldpunt.notificatie;

/**
 * The sentence each email carries, Dutch first and English after it, with a heading for each. They say that
 * something needs attention and where, never what happened or who: no names, no free text, no category
 * (domain.md §7). The frame around them (greeting, link, reassurance) is in templates/mail/. Written for people
 * who may be in distress: calm, concrete, no blame, no legal threat.
 */
@io.quarkus.qute.TemplateData
public enum MailTemplate {

    KLAAGSCHRIFT_INGEDIEND(
            "Nieuw klaagschrift",
            "Er is een nieuw klaagschrift ingediend. Wilt u de ontvangst bevestigen en de klacht in behandeling nemen?",
            "New complaint",
            "A new complaint has been filed. Would you confirm its receipt and take it up?"),
    ONTVANGST_BEVESTIGD(
            "Uw klacht is ontvangen",
            "Wij hebben uw klacht ontvangen. De klachtencommissie neemt haar in behandeling. U hoort van ons zodra er een volgende stap is.",
            "Your complaint has been received",
            "We have received your complaint. The complaints committee is taking it up. We will let you know as soon as there is a next step."),
    AANVULLING_GEVRAAGD(
            "Aanvulling gevraagd",
            "De klachtencommissie vraagt u om uw klacht aan te vullen. Wat er nodig is en hoeveel tijd u daarvoor heeft, leest u in het systeem.",
            "Additional information requested",
            "The complaints committee asks you to add to your complaint. What is needed, and how much time you have, is in the system."),
    AANVULLING_ONTVANGEN(
            "Aanvulling ontvangen",
            "De aanvulling op een klacht is binnengekomen.",
            "Additional information received",
            "The additional information for a complaint has arrived."),
    ONTVANKELIJKHEID_BESLIST(
            "Besluit over de behandeling",
            "De klachtencommissie heeft besloten of uw klacht in behandeling kan worden genomen. U leest het besluit in het systeem.",
            "Decision on taking up the complaint",
            "The complaints committee has decided whether your complaint can be taken up. You can read the decision in the system."),
    KLACHT_VOOR_AANGEKLAAGDE(
            "Een klacht die u betreft",
            "Er is een klacht ingediend die u betreft. U kunt de stukken in het systeem inzien; daar staat ook wat de volgende stappen zijn. U mag zich laten bijstaan.",
            "A complaint concerning you",
            "A complaint has been filed that concerns you. You can read the documents in the system, which also explains the next steps. You may be assisted by someone of your choice."),
    HOORZITTING_UITNODIGING(
            "Uitnodiging voor een hoorzitting",
            "U bent uitgenodigd voor een hoorzitting van de klachtencommissie. De datum en wat u kunt voorbereiden, staan in het systeem.",
            "Invitation to a hearing",
            "You are invited to a hearing of the complaints committee. The date, and what you can prepare, are in the system."),
    FEITENOVERZICHT_KLAAR(
            "Feitenoverzicht ter controle",
            "De klachtencommissie heeft het verslag van de hoorzitting en een overzicht van de feiten voor u klaargezet. Klopt er feitelijk iets niet, dan kunt u dat binnen de termijn die in het systeem staat laten weten.",
            "Overview of the facts for your review",
            "The complaints committee has prepared the hearing report and an overview of the facts for you. If anything in it is factually wrong, you can say so within the term shown in the system."),
    ADVIES_VOOR_WERKGEVER(
            "Advies van de klachtencommissie",
            "De klachtencommissie heeft u advies uitgebracht over een klacht. U beslist daarover binnen vier weken na ontvangst (artikel 13 van de Klachtenregeling).",
            "Advice from the complaints committee",
            "The complaints committee has sent you its advice on a complaint. You decide on it within four weeks of receipt (article 13 of the Klachtenregeling)."),
    ADVIES_AFSCHRIFT(
            "Het advies is uitgebracht",
            "De klachtencommissie heeft haar advies uitgebracht. U kunt een afschrift in het systeem lezen.",
            "The advice has been issued",
            "The complaints committee has issued its advice. You can read a copy in the system."),
    BESLUIT_VERDAAGD(
            "Meer tijd voor het besluit",
            "De werkgever neemt meer tijd voor het besluit over de klacht. De reden en de nieuwe datum staan in het systeem.",
            "More time for the decision",
            "The employer is taking more time for the decision on the complaint. The reason and the new date are in the system."),
    BESLUIT_GENOMEN(
            "Het besluit is genomen",
            "De werkgever heeft een besluit genomen over de klacht. U kunt het besluit in het systeem lezen.",
            "The decision has been taken",
            "The employer has taken a decision on the complaint. You can read the decision in the system."),
    BESLUIT_GENOMEN_COMMISSIE(
            "Besluit van de werkgever",
            "De werkgever heeft een besluit genomen over een klacht waarover de commissie heeft geadviseerd.",
            "Decision of the employer",
            "The employer has taken a decision on a complaint the committee advised on."),
    KLACHT_INGETROKKEN(
            "De klacht is ingetrokken",
            "De klacht is ingetrokken. De behandeling is daarmee gestopt.",
            "The complaint has been withdrawn",
            "The complaint has been withdrawn, so its handling has stopped."),
    KLACHT_BEEINDIGD_NA_BEMIDDELING(
            "De klacht is afgesloten",
            "De behandeling van de klacht is afgesloten na bemiddeling.",
            "The complaint has been closed",
            "The handling of the complaint has been closed after mediation."),
    TIJDELIJKE_VOORZIENING_GEVRAAGD(
            "Verzoek om een tijdelijke voorziening",
            "Er is gevraagd om een tijdelijke voorziening (artikel 12.4 van de Klachtenregeling). Het verzoek staat in het systeem.",
            "Request for a temporary measure",
            "A temporary measure has been requested (article 12.4 of the Klachtenregeling). The request is in the system."),
    MELDING_VOOR_VERTROUWENSPERSOON(
            "Nieuwe melding",
            "Er is een nieuwe melding voor u binnengekomen.",
            "New report",
            "A new report has arrived for you."),
    MELDING_OVERGEDRAGEN(
            "Een melding is aan u overgedragen",
            "Een lopende melding is aan u overgedragen. U kunt haar in het systeem lezen.",
            "A report has been passed on to you",
            "An open report has been passed on to you. You can read it in the system."),
    MELDING_ONTVANGEN(
            "Uw melding is aangekomen",
            "Uw melding is aangekomen bij de vertrouwenspersoon die u koos. Die neemt contact met u op.",
            "Your report has arrived",
            "Your report has reached the confidential adviser you chose, who will contact you."),
    BERICHT_WACHT(
            "Er staat een bericht voor u klaar",
            "Er staat een nieuw bericht voor u klaar.",
            "A message is waiting for you",
            "A new message is waiting for you."),
    PATROONSIGNAAL_WACHT(
            "Een signaal van een vertrouwenspersoon",
            "Een vertrouwenspersoon heeft uw organisatie een algemeen signaal gestuurd: er zijn meerdere meldingen over één afdeling. Het signaal noemt geen namen. U leest het, met het advies van de vertrouwenspersoon, in het systeem.",
            "A signal from a confidential adviser",
            "A confidential adviser has sent your organisation a general signal: there are several reports about one department. The signal names nobody. You can read it, with the adviser's advice, in the system."),
    DOSSIER_GESLOTEN(
            "Uw melding is afgerond",
            "Uw melding is afgerond en het dossier is gesloten. De bevestiging staat in het systeem.",
            "Your report has been concluded",
            "Your report has been concluded and the file closed. The confirmation is in the system."),
    ONDERSCHRIJVING_GEVRAAGD(
            "Een verklaring wacht op uw bevestiging",
            "Uw organisatie heeft verklaard dat de Klachtenregeling ongewenste omgangsvormen voor u geldt. U wordt gevraagd te bevestigen dat u daarvan kennis heeft genomen. Dat kan wanneer het u uitkomt; het is nooit een voorwaarde om een melding of klacht te doen.",
            "A declaration awaits your confirmation",
            "Your organisation has declared that the complaints regulation on undesirable behaviour applies to you. You are asked to confirm that you have taken note of it. You can do so whenever it suits you; it is never a condition for making a report or a complaint."),
    ADVIESTERMIJN_GEWIJZIGD(
            "Nieuwe termijn voor het advies",
            "De klachtencommissie heeft meer tijd nodig voor haar advies. Zij brengt het uiterlijk op [datum] uit. Waarom, leest u in het systeem.",
            "New term for the advice",
            "The complaints committee needs more time for its advice. It will issue it on [datum] at the latest. You can read why in the system."),
    ADVIESTERMIJN_OPGESCHORT(
            "Termijn voor het advies loopt even niet",
            "Zolang er wordt bemiddeld, loopt de termijn voor het advies van de klachtencommissie niet door. U hoort het zodra hij weer loopt.",
            "Term for the advice paused",
            "While mediation is under way, the term for the complaints committee's advice is paused. You will hear when it runs again."),
    DATALEK_BIJ_KOPPELING(
            "Mogelijk datalek in een klachtdossier",
            "Een aangeklaagde was aan de verkeerde persoon gekoppeld, en die persoon heeft het dossier ingezien. De koppeling is ongedaan gemaakt. In het systeem ziet u wie het was en wanneer het dossier is ingezien. De organisatie beoordeelt of dit een datalek is dat binnen 72 uur gemeld moet worden (AVG artikel 33 en 34).",
            "Possible personal-data breach in a complaint file",
            "An accused was linked to the wrong person, and that person read the file. The link has been undone. The system shows who it was and when the file was read. The organisation assesses whether this is a breach to be reported within 72 hours (GDPR articles 33 and 34)."),
    BEWAARTERMIJN_VERLOOPT(
            "Dossier wordt vernietigd",
            "De bewaartermijn van dit klachtdossier loopt af: het dossier wordt op [datum] vernietigd. Moet het langer bewaard blijven, dan kan de voorzitter van de klachtencommissie in het systeem een bewaarplicht (legal hold) instellen.",
            "File will be deleted",
            "The retention term of this complaint file is running out: the file will be deleted on [datum]. If it must be kept longer, the chair of the complaints committee can place a legal hold in the system."),
    CONCEPT_VERVALT(
            "Uw concept-klaagschrift wordt verwijderd",
            "U bent een klaagschrift begonnen en heeft het een half jaar niet gewijzigd. Het concept wordt op [datum] verwijderd. Wilt u het bewaren, open het dan in het systeem en sla het op; dan blijft het staan.",
            "Your draft complaint will be deleted",
            "You started a complaint and have not changed it for six months. The draft will be deleted on [datum]. If you want to keep it, open it in the system and save it; it will then stay.");

    /** Where a sentence names the email's date ({@code NotificationIntent.namedDate}). */
    public static final String DATE_PLACEHOLDER = "[datum]";

    public final String headingNl;
    public final String lineNl;
    public final String headingEn;
    public final String lineEn;

    MailTemplate(String headingNl, String lineNl, String headingEn, String lineEn) {
        this.headingNl = headingNl;
        this.lineNl = lineNl;
        this.headingEn = headingEn;
        this.lineEn = lineEn;
    }
}
