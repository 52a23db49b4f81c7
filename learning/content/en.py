"""The guides and modules in English. Keys and order match `learning.content`."""

SMART_POINTS = [
    "Specific: what exactly will change? “Lead the quarterly project review myself” rather than "
    "“become more visible”.",
    "Measurable: how will you see progress? A number, a finished result, feedback from someone.",
    "Achievable: ambitious, but within reach of the role and the time available.",
    "Relevant: it matters for the work and for the direction the mentee wants to grow in.",
    "Time-bound: by when? A date within the cohort, with steps in between.",
]

TEXT = {
    "guides": {
        "mentor": {
            "title": "Mentor guide",
            "intro": "Thank you for giving your time and experience to a professional from another "
            "organisation. This guide explains what the programme asks of you and how to make the most "
            "of it, for your mentee and for yourself.",
            "sections": {
                "purpose": {
                    "title": "Why cross-company mentoring",
                    "paragraphs": [
                        "In this programme you mentor someone who works for another organisation. Because "
                        "you have no stake in their employer, their team or their next appraisal, they can "
                        "speak more freely with you than with a manager or a colleague: about doubts, "
                        "career choices and difficult situations at work. And because you do not see them "
                        "every day, you judge their growth with fresh eyes.",
                        "You gain too. Mentors often say they learn as much as they teach:",
                    ],
                    "points": [
                        "Your mentee gets an outside perspective, a safe place to think aloud and access "
                        "to your network.",
                        "You sharpen your listening and coaching skills, which make you a better leader at "
                        "home, and you see your own field through someone else's eyes.",
                        "Both organisations bring back practices, ideas and contacts; joint projects "
                        "sometimes follow.",
                    ],
                },
                "role": {
                    "title": "What is asked of you",
                    "paragraphs": [
                        "A mentor is not a manager, a trainer or a consultant. Your job is to help your "
                        "mentee think, decide and act for themselves.",
                    ],
                    "points": [
                        "Take part for the whole cohort and meet regularly, usually every four to six "
                        "weeks for about an hour, in person or by video.",
                        "Sign the agreement with your mentee at the start: confidentiality, how often and "
                        "how you meet, and what you both expect. Restate expectations now and then.",
                        "Keep what is said confidential. Never pass on what you hear about your mentee's "
                        "employer, and never use the relationship to recruit or to sell.",
                        "Answer requests before the deadline. If you cannot take someone on, decline with "
                        "a short reason so they can look elsewhere.",
                        "Fill in the short check-ins, and tell your coordinator early when the "
                        "relationship stalls.",
                    ],
                },
                "conversation": {
                    "title": "Holding a productive mentoring conversation",
                    "paragraphs": [
                        "Good conversations have a clear focus, and the mentee owns it. A simple structure "
                        "helps (GROW):",
                    ],
                    "points": [
                        "Goal: ask what your mentee wants from this conversation and how they will know it "
                        "was useful.",
                        "Reality: explore the situation with open questions (what, how, who, what else) "
                        "before you offer any view.",
                        "Options: help them list several ways forward; add your own experience as one "
                        "option among others, not as the answer.",
                        "Way forward: close with one or two concrete actions, a date, and what your mentee "
                        "will report next time.",
                    ],
                    "after": [
                        "Listen more than you speak: as a rule of thumb your mentee talks two thirds of the "
                        "time. Summarise what you heard, ask before you advise, and tell stories from your "
                        "own career when they help your mentee see the situation differently.",
                    ],
                },
                "goals": {
                    "title": "Helping your mentee set SMART goals",
                    "paragraphs": [
                        "In the first or second meeting, help your mentee turn broad wishes into one to "
                        "three goals. Each goal should be:",
                    ],
                    "points": SMART_POINTS,
                    "after": [
                        "Goals are recorded on the platform. Review progress at every meeting and adjust "
                        "goals when circumstances change: a goal that no longer fits should be replaced, "
                        "not quietly forgotten.",
                    ],
                },
                "practice": {
                    "title": "Putting insights into practice",
                    "paragraphs": [
                        "Insight only matters when it changes what your mentee does. Between meetings your "
                        "mentee tries something out: a conversation they avoided, a new way of running a "
                        "meeting, a skill they practise. Start the next meeting by asking what they tried, "
                        "what happened and what they learned.",
                    ],
                    "points": [
                        "Agree small experiments rather than big plans.",
                        "Ask for reflection: what worked, and what would you do differently?",
                        "Recognise progress, including experiments that failed but taught something.",
                        "Near the end of the cohort, review the goals together and talk about how your "
                        "mentee will keep learning without you.",
                    ],
                },
            },
        },
        "mentee": {
            "title": "Mentee guide",
            "intro": "Welcome to the programme. You will be mentored by an experienced professional from "
            "another organisation. This guide explains what you can expect, what is asked of you and how "
            "to get the most out of your mentorship.",
            "sections": {
                "purpose": {
                    "title": "Why a mentor from another organisation",
                    "paragraphs": [
                        "Your mentor works somewhere else and has no stake in your employer, your team or "
                        "your next appraisal. That makes it easier to speak openly about what you find "
                        "difficult, what you want and what holds you back. Your mentor brings the view of "
                        "another company, sector or country, and judges your progress free of internal "
                        "politics.",
                    ],
                    "points": [
                        "An independent sounding board for career questions and difficult situations.",
                        "New practices, ideas and contacts to take back to your own organisation.",
                        "Time and attention that are entirely about your development.",
                    ],
                },
                "role": {
                    "title": "What is asked of you",
                    "paragraphs": [
                        "You own the mentorship. Your mentor gives time and experience; you bring the "
                        "questions, the goals and the follow-through.",
                    ],
                    "points": [
                        "State your needs clearly when you enrol, and send requests only to mentors you "
                        "would really like to work with.",
                        "Propose meeting dates, send a short agenda beforehand and come prepared.",
                        "Sign the agreement at the start and keep your mentor's confidence, as they keep "
                        "yours.",
                        "Record your goals and your progress, and answer the short check-ins honestly.",
                        "When something does not work, say so early: to your mentor first, and to your "
                        "coordinator if needed.",
                    ],
                },
                "conversation": {
                    "title": "Getting the most out of each conversation",
                    "paragraphs": [
                        "Before each meeting, write down what you want to discuss and what you want to "
                        "leave with. One or two topics are enough.",
                    ],
                    "points": [
                        "Start by telling what you did since the last meeting and what you learned.",
                        "Describe the situation, not only your conclusion: what happened, who was "
                        "involved, what you tried.",
                        "Ask about your mentor's experience, and ask questions about it: how did they "
                        "decide, what would they do differently today?",
                        "Close by naming your next step and when you will take it, and note it on the "
                        "platform.",
                    ],
                    "after": [
                        "Your mentor will ask many questions and give less advice than you might expect. "
                        "That is on purpose: the answers you find yourself are the ones you act on.",
                    ],
                },
                "goals": {
                    "title": "Setting SMART goals",
                    "paragraphs": [
                        "In your first meetings, turn what you wrote as needs into one to three goals. "
                        "Each goal should be:",
                    ],
                    "points": SMART_POINTS,
                    "after": [
                        "Instead of “get better at presenting”, write: “By the end of June I present our "
                        "department's results to the management team, and I ask two attendees for "
                        "feedback on clarity.” Update the progress before each meeting, and adjust a goal "
                        "with your mentor when your situation changes.",
                    ],
                },
                "practice": {
                    "title": "Putting insights into practice",
                    "paragraphs": [
                        "Between meetings, try one thing out in your daily work. Small, concrete "
                        "experiments teach more than big intentions.",
                    ],
                    "points": [
                        "After each meeting, write down one action with a date.",
                        "Tell a colleague or your manager what you are working on: it makes it real and "
                        "brings you feedback.",
                        "Keep a short log: what you tried, what happened, what you learned.",
                        "At the end of the cohort, look back at where you started and decide how you will "
                        "keep developing.",
                    ],
                },
            },
        },
    },
    "modules": {
        "cross-company-mentoring": {
            "title": "Why cross-company mentoring works",
            "summary": "The purpose and benefits of mentoring across company lines, and the ground rules "
            "that keep it safe.",
            "minutes": 8,
            "sections": [
                {
                    "title": "A mentor from outside",
                    "paragraphs": [
                        "In cross-company mentoring, mentor and mentee always work for different "
                        "organisations. That is the heart of the programme: the mentor has no stake in the "
                        "mentee's employer, no say in their appraisal and no part in internal politics. "
                        "Mentees speak more openly, and mentors judge growth more objectively.",
                    ],
                },
                {
                    "title": "What everyone gains",
                    "paragraphs": [],
                    "points": [
                        "Mentees: an independent sounding board, new perspectives and a wider network.",
                        "Mentors: stronger coaching skills, insight into how other organisations work, "
                        "and the satisfaction of helping someone grow.",
                        "Organisations: practices and contacts brought home, motivated people, and, for "
                        "small organisations, access to experienced mentors they could never offer alone.",
                    ],
                },
                {
                    "title": "Ground rules",
                    "paragraphs": [
                        "Participants may come from organisations that compete with each other, so the "
                        "programme relies on a few firm rules:",
                    ],
                    "points": [
                        "What is said in a mentorship stays in it. Coordinators see whether a relationship "
                        "is on track, never its notes or messages.",
                        "Do not ask for or share confidential information about either employer.",
                        "The mentorship is not a channel for recruiting, selling or lobbying.",
                        "Either side can end the relationship early, with a reason and without blame.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Why does the programme always pair a mentee with a mentor from another "
                    "organisation?",
                    "choices": [
                        "So that an outsider can assess the mentee for a promotion",
                        "So that the mentee can speak freely with someone who has no stake in their employer",
                        "Because mentors may not coach people of their own organisation",
                        "To give the mentor's company a view of its competitors",
                    ],
                    "explanation": "A mentor from another organisation has no stake in the mentee's "
                    "employer or appraisal, so the mentee can speak openly and the mentor can judge growth "
                    "objectively. Gathering information about other companies is exactly what the "
                    "programme rules out.",
                },
                {
                    "text": "A coordinator asks you what was discussed in the last mentoring meeting. What "
                    "do you do?",
                    "choices": [
                        "Send them a summary of your notes",
                        "Tell them only what was said about their own organisation",
                        "Explain that conversations are confidential: the coordinator sees whether the "
                        "relationship is on track, not what is said in it",
                        "Forward the message thread",
                    ],
                    "explanation": "What is said in a mentorship stays in it. Coordinators see the health "
                    "of a relationship (on track or needing attention) and whether someone asked to be "
                    "contacted in a check-in, but never notes, goals or messages.",
                },
                {
                    "text": "Which of these is a benefit for the organisations taking part?",
                    "choices": [
                        "They receive a copy of every mentee's development plan",
                        "Their people bring home practices, ideas and contacts from other organisations",
                        "They can recruit the mentees of their mentors",
                        "They no longer need a training budget of their own",
                    ],
                    "explanation": "Organisations gain through their people: practices, ideas and "
                    "contacts brought home, and sometimes joint projects. Development plans stay with the "
                    "mentee, and a mentorship is never a recruiting channel.",
                },
            ],
        },
        "mentoring-conversation": {
            "title": "Holding a productive mentoring conversation",
            "summary": "A simple structure for meetings, the power of open questions, and how to end with "
            "action.",
            "minutes": 10,
            "sections": [
                {
                    "title": "Prepare",
                    "paragraphs": [
                        "A good meeting starts before it begins. The mentee sends a short agenda: what has "
                        "happened since last time, what they want to discuss and what they want to leave "
                        "with. The mentor re-reads the goals and the actions agreed last time.",
                    ],
                },
                {
                    "title": "A structure that works: GROW",
                    "paragraphs": [],
                    "points": [
                        "Goal: what does the mentee want from this conversation?",
                        "Reality: what is happening now, what has been tried, who is involved?",
                        "Options: what could the mentee do? List several possibilities before choosing.",
                        "Way forward: what will the mentee do, by when, and how will you both know?",
                    ],
                },
                {
                    "title": "Listen and ask",
                    "paragraphs": [
                        "Open questions (what, how, what else, what would happen if) invite reflection; "
                        "closed questions (did you, is it) end it. Summarise what you heard before you "
                        "respond. As a mentor, ask before advising: “Would it help if I told you what I "
                        "did in a similar situation?” Let the mentee do most of the talking.",
                    ],
                },
                {
                    "title": "Close with action",
                    "paragraphs": [
                        "End every meeting with one or two concrete actions (who does what, by when) and "
                        "the date of the next meeting. Record them on the platform so that both of you can "
                        "see them.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Which question best helps a mentee explore their situation?",
                    "choices": [
                        "Did you talk to your manager about it?",
                        "What have you already tried, and what happened?",
                        "Why didn't you escalate this earlier?",
                        "Shouldn't you just change teams?",
                    ],
                    "explanation": "Open questions that start with what or how invite the mentee to "
                    "reflect and tell more. A closed question (did you…) gets a yes or a no, and “why "
                    "didn't you” or “shouldn't you” sound like judgement or hidden advice.",
                },
                {
                    "text": "In the GROW structure, what happens in the “Options” step?",
                    "choices": [
                        "The mentor tells the mentee the best solution",
                        "The mentee lists several possible ways forward, with the mentor's experience as "
                        "one of them",
                        "Both agree the date of the next meeting",
                        "The mentee describes the current situation in detail",
                    ],
                    "explanation": "Options widens the view: the mentee finds several possibilities "
                    "before choosing. The mentor may add their own experience as one option among others, "
                    "not as the answer. Describing the situation is Reality; actions and dates are the "
                    "Way forward.",
                },
                {
                    "text": "How should a mentoring conversation end?",
                    "choices": [
                        "With the mentor's summary of what the mentee did wrong",
                        "With one or two concrete actions, a date, and the next meeting planned",
                        "With an open invitation to meet again “sometime soon”",
                        "With a report to the coordinator",
                    ],
                    "explanation": "Concrete actions with a date turn a good conversation into progress, "
                    "and planning the next meeting keeps the rhythm. Coordinators never get a report of "
                    "the content; they only see the periodic check-ins' health signals.",
                },
            ],
        },
        "smart-goals": {
            "title": "Setting SMART goals",
            "summary": "Turning broad wishes into goals you can act on, measure and review.",
            "minutes": 8,
            "sections": [
                {
                    "title": "Why goals matter",
                    "paragraphs": [
                        "Goals give a mentorship direction. Without them, meetings drift into pleasant "
                        "conversations that change little. Agree one to three goals in the first two "
                        "meetings and come back to them in every meeting.",
                    ],
                },
                {
                    "title": "SMART",
                    "paragraphs": [],
                    "points": SMART_POINTS,
                },
                {
                    "title": "An example",
                    "paragraphs": [
                        "Broad wish: “I want to be more confident in meetings.”",
                        "SMART goal: “From May on, I bring at least one proposal to every weekly team "
                        "meeting, and by the end of September I chair the monthly supplier review myself. "
                        "After the third review I ask my manager for feedback.”",
                    ],
                },
                {
                    "title": "Review and adjust",
                    "paragraphs": [
                        "Record each goal on the platform with its progress in percent. Review it in every "
                        "meeting: what has moved, what is in the way? When circumstances change, adjust or "
                        "replace the goal rather than quietly abandoning it.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Which goal is SMART?",
                    "choices": [
                        "Become a better leader",
                        "Network more this year",
                        "By 30 June, present the team's quarterly results to the management board and ask "
                        "two board members for feedback",
                        "Read some books about negotiation",
                    ],
                    "explanation": "It is specific (present the quarterly results), measurable (done or "
                    "not, plus feedback), achievable in a normal role, relevant for growing visibility, and "
                    "time-bound (30 June). The others are wishes without a measure or a date.",
                },
                {
                    "text": "What does the “R” in SMART ask?",
                    "choices": [
                        "Can the goal be reached within a week?",
                        "Is the goal relevant for the mentee's work and development?",
                        "Has the goal been reported to the coordinator?",
                        "Can the goal be reversed?",
                    ],
                    "explanation": "Relevant means the goal matters for the mentee's work and the "
                    "direction they want to grow in. Whether it is within reach is the “A” (achievable); "
                    "the timeframe is the “T”.",
                },
                {
                    "text": "Three months in, a goal no longer fits because the mentee changed roles. What "
                    "is best?",
                    "choices": [
                        "Keep it unchanged so the record stays consistent",
                        "Drop it without mentioning it",
                        "Discuss it, then adjust or replace the goal and record the change",
                        "Ask the coordinator to decide",
                    ],
                    "explanation": "Goals serve the mentee's development, so they follow real "
                    "circumstances. Talk it through, adjust or replace the goal and record it, so progress "
                    "stays visible and honest.",
                },
            ],
        },
        "guiding-as-a-mentor": {
            "title": "Guiding without directing: the mentor's craft",
            "summary": "How to help a mentee from another organisation grow without taking over: "
            "experience, feedback and boundaries.",
            "minutes": 10,
            "sections": [
                {
                    "title": "Your role",
                    "paragraphs": [
                        "You are a guide, not a manager or a consultant. The mentee owns the goals, the "
                        "decisions and the actions. Your value lies in questions that open new angles, "
                        "experience shared at the right moment, and honest feedback.",
                    ],
                },
                {
                    "title": "Sharing experience",
                    "paragraphs": [],
                    "points": [
                        "Ask first: “Would it help to hear how I handled something similar?”",
                        "Tell the story, including what went wrong, then ask what the mentee takes from it.",
                        "Offer options, not instructions: another organisation is never quite like yours.",
                        "Open your network when it helps, and let the mentee do the follow-up.",
                    ],
                },
                {
                    "title": "Giving feedback",
                    "paragraphs": [
                        "Be specific and kind: describe what you observed and the effect it had, then ask "
                        "what the mentee thinks. Give feedback on behaviour, never on the person.",
                    ],
                },
                {
                    "title": "Boundaries across companies",
                    "paragraphs": [],
                    "points": [
                        "Do not ask about confidential matters of the mentee's employer, and do not share "
                        "those of your own.",
                        "If you hear of something serious (harassment, burnout, a safety risk), encourage "
                        "the mentee to seek help and, with their consent, ask the coordinator to get in "
                        "touch through the check-in.",
                        "Never use the relationship to recruit the mentee or to sell to their organisation.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Your mentee asks: “What should I do about my difficult manager?” What is the "
                    "strongest first response?",
                    "choices": [
                        "Tell them to look for another job",
                        "Ask what has happened so far and what outcome they would like",
                        "Offer to call their manager",
                        "Say that it is none of your business",
                    ],
                    "explanation": "Start by understanding: what happened, and what does the mentee want? "
                    "Then explore options together. Jumping to advice or taking over (calling the manager) "
                    "takes the ownership away from the mentee, and their workplace is not yours to act in.",
                },
                {
                    "text": "When is sharing your own experience most helpful?",
                    "choices": [
                        "At the start of every meeting, so that the mentee knows your view",
                        "After exploring the situation, offered as one option and followed by a question",
                        "Only when the coordinator asks you to",
                        "Never: mentors should only ask questions",
                    ],
                    "explanation": "Experience helps most once the mentee has described and thought about "
                    "their situation, shared as one option (“this is what I did; what do you take from "
                    "it?”). Mentors do share; they just do not impose.",
                },
                {
                    "text": "Your mentee mentions a confidential price negotiation their company is holding "
                    "with one of your clients. What do you do?",
                    "choices": [
                        "Use the information to help your client",
                        "Ask for more details so that you can advise",
                        "Politely stop the topic and remind both of you of the confidentiality rule",
                        "Tell your own manager",
                    ],
                    "explanation": "Confidential business information of either employer stays out of the "
                    "mentorship. Bring the conversation back to the mentee's own development; the ground "
                    "rules protect you both, and both organisations.",
                },
            ],
        },
        "from-insight-to-practice": {
            "title": "From insight to practice",
            "summary": "How to turn what you learn in your meetings into changed behaviour at work.",
            "minutes": 7,
            "sections": [
                {
                    "title": "Learning happens between meetings",
                    "paragraphs": [
                        "Most of your development happens in your daily work, not in the meetings "
                        "themselves. A meeting gives you an insight; an experiment at work turns it into a "
                        "skill. Plan one small experiment after each meeting.",
                    ],
                },
                {
                    "title": "Small experiments",
                    "paragraphs": [],
                    "points": [
                        "Choose something you can try within two weeks: a question you ask in a meeting, a "
                        "task you delegate, a conversation you stop avoiding.",
                        "Decide how you will know it worked.",
                        "Try it, and note what happened straight afterwards.",
                    ],
                },
                {
                    "title": "Reflect",
                    "paragraphs": [
                        "Before the next meeting, answer three questions: What did I try? What happened? "
                        "What will I do differently? Bring the answers to your mentor: they are the best "
                        "start of the conversation.",
                    ],
                },
                {
                    "title": "Make it last",
                    "paragraphs": [],
                    "points": [
                        "Tell your manager or a colleague what you are working on, and ask for feedback.",
                        "Update your goals' progress on the platform.",
                        "At the end of the cohort, write down what you will keep doing and who can support "
                        "you afterwards.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "You had an inspiring meeting with your mentor. What makes it most likely that "
                    "something changes?",
                    "choices": [
                        "Waiting for the next meeting to discuss it further",
                        "Choosing one small experiment to try at work within two weeks, with a date",
                        "Writing a detailed plan for the coming year",
                        "Asking your mentor to check on you every day",
                    ],
                    "explanation": "A small experiment with a date turns insight into behaviour. Big "
                    "plans tend to wait for the right moment, and daily checks are not your mentor's role: "
                    "the follow-through is yours.",
                },
                {
                    "text": "An experiment did not work out as you hoped. What now?",
                    "choices": [
                        "Do not mention it: it looks bad",
                        "Reflect on what happened and bring it to your next meeting",
                        "Conclude that the advice was wrong",
                        "Change your goal straight away",
                    ],
                    "explanation": "Failed experiments are valuable material. Describe what you tried and "
                    "what happened; together you find what to adjust. Hiding it wastes the learning.",
                },
                {
                    "text": "Which habit helps most to keep developing after the programme ends?",
                    "choices": [
                        "Keeping your meeting notes to yourself",
                        "Agreeing with yourself what you will keep doing, and who will support you",
                        "Ending all contact with your mentor",
                        "Waiting for the next programme",
                    ],
                    "explanation": "Naming the habits you will keep and the people who support you (your "
                    "manager, a colleague, peers) carries your growth beyond the cohort.",
                },
            ],
        },
    },
}
