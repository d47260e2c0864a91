namespace HotlineBot.Content;

/// <summary>Ids of the message templates the code uses. A test checks that dialogs/messages defines every one.</summary>
public static class MessageIds
{
    public const string Greeting = "greeting";
    public const string MenuPrompt = "menu.prompt";
    public const string MenuRetry = "menu.retry";
    public const string ErrorFallback = "error.fallback";
    public const string CancelledToMenu = "cancelled";
    public const string EmergencyNumbers = "emergency.numbers";
    public const string EmergencySafeToChat = "emergency.safe_to_chat";
    public const string EmergencyStaySafe = "emergency.stay_safe";
    public const string EmergencyContinue = "emergency.continue";
    public const string IntakeAskNeed = "intake.ask_need";
    public const string IntakeNeedChoices = "intake.need_choices";
    public const string IntakeAskProvince = "intake.ask_province";
    public const string IntakeThanks = "intake.thanks";
    public const string DangerOffer = "danger.offer";
    public const string DangerOfferRetry = "danger.offer_retry";
    public const string DangerIntro = "danger.intro";
    public const string DangerRetry = "danger.retry";
    public const string DangerAnswerYes = "danger.answer_yes";
    public const string DangerAnswerNo = "danger.answer_no";
    public const string DangerAnswerSkip = "danger.answer_skip";
    public const string DangerStopped = "danger.stopped";
    public const string DangerResultHigh = "danger.result_high";
    public const string DangerSafetyAdvice = "danger.safety_advice";
    public const string DangerResultMedium = "danger.result_medium";
    public const string DangerResultLow = "danger.result_low";
    public const string DangerResultUnanswered = "danger.result_unanswered";
    public const string NotReadyLegal = "not_ready.legal";
    public const string NotReadyShelter = "not_ready.shelter";
    public const string NotReadyCollaborator = "not_ready.collaborator";
    public const string NotReadyHuman = "not_ready.human";
    public const string LocationThanks = "location.thanks";
    public const string Goodbye = "goodbye";
    public const string SmsSlowDown = "sms.slow_down";
    public const string SmsChoose = "sms.choose";
    public const string SmsOr = "sms.or";
    public const string SmsHelp = "sms.help";

    // Legal Q&A (dialogs/messages/legal.yaml)
    public const string LegalAsk = "legal.ask";
    public const string LegalAnswer = "legal.answer";
    public const string LegalAnswerFine = "legal.answer_fine";
    public const string LegalAnswerPartial = "legal.answer_partial";
    public const string LegalAnswerTitleOnly = "legal.answer_title_only";
    public const string LegalNotSure = "legal.not_sure";
    public const string LegalNotFound = "legal.not_found";
    public const string LegalDangerReminder = "legal.danger_reminder";
    public const string LegalMore = "legal.more";
    public const string LegalMorePoint = "legal.more_point";
    public const string LegalMorePointLetter = "legal.more_point_letter";
    public const string LegalMoreFine = "legal.more_fine";
    public const string LegalMoreRelated = "legal.more_related";
    public const string LegalMoreNothing = "legal.more_nothing";
    public const string LegalFineIndividual = "legal.fine_individual";
    public const string LegalFineOrganisation = "legal.fine_organisation";
    public const string LegalChoiceMore = "legal.choice_more";
    public const string LegalChoiceOther = "legal.choice_other";
    public const string LegalChoiceHuman = "legal.choice_human";
    public const string LegalCiteLaw = "legal.cite_law";
    public const string LegalCiteDecree = "legal.cite_decree";
    public const string LegalCiteClause = "legal.cite_clause";
    public const string LegalCitePoint = "legal.cite_point";
    public const string LegalCiteWithTitle = "legal.cite_with_title";
}
