// The reference side of `dotnet run -c Release --project bench/HotlineBot.Bench -- dialog`:
// the same 3-turn waterfall (greeting → need (choice prompt) → province (text prompt) → thanks) on Microsoft's
// botbuilder-dialogs 4.23.3 with TestAdapter + MemoryStorage + ConversationState + AutoSaveStateMiddleware.
// Usage: node bench/node/dialog-bench.js CONVERSATIONS [WARMUP_SECONDS] [ROUNDS]
// Warms up for WARMUP_SECONDS (batches of 500 conversations), then runs CONVERSATIONS split into ROUNDS rounds.
// Prints one JSON line: {"conversations":…,"turns":…,"replies":…,"seconds":…,"turnsPerSecond":…,"rounds":[turns/s…]}
'use strict';

const { TestAdapter, MemoryStorage, ConversationState, AutoSaveStateMiddleware, ActivityTypes } = require('botbuilder-core');
const { DialogSet, WaterfallDialog, ChoicePrompt, TextPrompt, DialogTurnStatus, ListStyle } = require('botbuilder-dialogs');

const NEEDS = ['Tìm nơi tạm lánh', 'Hỏi về pháp luật', 'Nói chuyện với tư vấn viên'];
const SAYS = ['xin chào', 'Hỏi về pháp luật', 'Hà Tĩnh'];
const REPLIES_PER_CONVERSATION = 4; // greeting + need prompt, province prompt, thanks

const conversations = parseInt(process.argv[2] || '20000', 10);
const warmupSeconds = parseFloat(process.argv[3] || '3');
const rounds = parseInt(process.argv[4] || '3', 10);

const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
dialogs.add(new ChoicePrompt('choice'));
dialogs.add(new TextPrompt('text'));
dialogs.add(new WaterfallDialog('intake', [
    async (step) => {
        await step.context.sendActivity('Chào bạn, mình ở đây để lắng nghe bạn.');
        return step.prompt('choice', {
            prompt: 'Bạn cần hỗ trợ gì?',
            retryPrompt: 'Bạn chọn giúp mình một mục, hoặc gõ số 1, 2, 3 nhé.',
            choices: NEEDS,
            style: ListStyle.suggestedAction,
        });
    },
    async (step) => {
        step.values.need = step.result.value;
        return step.prompt('text', { prompt: 'Bạn đang ở tỉnh/thành nào?' });
    },
    async (step) => {
        step.values.province = step.result;
        await step.context.sendActivity(`Cảm ơn bạn. Mình sẽ tìm "${step.values.need}" ở ${step.values.province}.`);
        return step.endDialog();
    },
]));

const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
        await dc.beginDialog('intake');
    }
});
adapter.use(new AutoSaveStateMiddleware(conversationState));

async function run(prefix, count) {
    let turns = 0;
    for (let c = 0; c < count; c++) {
        const conversation = { id: `${prefix}-${c}` };
        for (const text of SAYS) {
            await adapter.processActivity({
                type: ActivityTypes.Message,
                text,
                conversation,
                from: { id: 'user-1', name: 'Người dùng', role: 'user' },
            });
            turns++;
        }
        const replies = adapter.activeQueue.length;
        const last = adapter.activeQueue[replies - 1];
        adapter.activeQueue.length = 0;
        if (replies !== REPLIES_PER_CONVERSATION || !last.text.endsWith('ở Hà Tĩnh.')) {
            throw new Error(`conversation ${conversation.id}: ${replies} replies, last "${last && last.text}"`);
        }
    }
    return turns;
}

const now = () => Number(process.hrtime.bigint()) / 1e9;

(async () => {
    const warmupStarted = now();
    for (let batch = 0; now() - warmupStarted < warmupSeconds; batch++) {
        await run(`warmup-${batch}`, 500);
    }
    let turns = 0;
    let seconds = 0;
    const perRound = [];
    for (let r = 0; r < rounds; r++) {
        const started = now();
        const roundTurns = await run(`round-${r}`, Math.floor(conversations / rounds));
        const elapsed = now() - started;
        turns += roundTurns;
        seconds += elapsed;
        perRound.push(roundTurns / elapsed);
    }
    console.log(JSON.stringify({
        conversations: turns / SAYS.length,
        turns,
        replies: (turns / SAYS.length) * REPLIES_PER_CONVERSATION,
        seconds,
        turnsPerSecond: turns / seconds,
        rounds: perRound,
    }));
})().catch((e) => {
    console.error(e);
    process.exit(1);
});
