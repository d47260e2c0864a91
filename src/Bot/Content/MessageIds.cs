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
    public const string HandoffQueued = "handoff.queued";
    public const string HandoffQueuedNoEstimate = "handoff.queued_no_estimate";
    public const string HandoffStillQueued = "handoff.still_queued";
    public const string HandoffOffDuty = "handoff.off_duty";
    public const string HandoffCallbackOffer = "handoff.callback_offer";
    public const string HandoffCallbackOfferRetry = "handoff.callback_offer_retry";
    public const string HandoffCallbackAskPhone = "handoff.callback_ask_phone";
    public const string HandoffCallbackBadPhone = "handoff.callback_bad_phone";
    public const string HandoffCallbackSaved = "handoff.callback_saved";
    public const string HandoffCallbackDeclined = "handoff.callback_declined";
    public const string HandoffOperatorName = "handoff.operator_name";
    public const string HandoffJoined = "handoff.joined";
    public const string HandoffTransferred = "handoff.transferred";
    public const string HandoffClosed = "handoff.closed";
    public const string HandoffCanned = "handoff.canned";
}
