"""Question banks for the self-check quizzes, one list per notebook.

Each question: question, options, answer (one of the options), explanation (shown when right),
hint (shown when wrong). Lecturers: edit freely; tests check that every answer is an option.
"""

START_HERE = [
    {"question": "Who published the paper?",
     "options": ["NATO", "The NATO Defense College", "The NATO Defense College Foundation"],
     "answer": "The NATO Defense College Foundation",
     "explanation": "A non-profit foundation in Rome, not a NATO body: the paper is its author's view, not NATO's.",
     "hint": "Look again at the table comparing the NDC and the NDCF."},
    {"question": "What is the best estimate of when it was written?",
     "options": ["Early 2018", "Late 2018", "2019"], "answer": "Late 2018",
     "explanation": "After 18 August 2018 (the 'new government in Islamabad') and probably before 9 November.",
     "hint": "Which events does the paper mention, and which does it miss?"},
    {"question": "Which Central Asian states do NOT border Afghanistan?",
     "options": ["Kazakhstan and Kyrgyzstan", "Uzbekistan and Turkmenistan", "Tajikistan and Kyrgyzstan"],
     "answer": "Kazakhstan and Kyrgyzstan",
     "explanation": "Afghanistan's Central Asian neighbours are Turkmenistan, Uzbekistan and Tajikistan.",
     "hint": "Choose Kyrgyzstan in the explorer."},
]
