"""Canned replies, written in every supported language so they never need the network."""

FALLBACK = {
    "en": "Sorry, I can't answer that right now. Please contact our support team through "
          "Me > Help & Feedback in the app, or email support@streamkar.example, and a person will help you.",
    "hi": "माफ़ कीजिए, मैं अभी इसका जवाब नहीं दे पा रहा हूँ। कृपया ऐप में Me > Help & Feedback से हमारी "
          "सपोर्ट टीम से संपर्क करें, या support@streamkar.example पर ईमेल करें, कोई व्यक्ति आपकी मदद करेगा।",
    "fr": "Désolé, je ne peux pas répondre pour le moment. Contactez notre équipe d'assistance via "
          "Me > Help & Feedback dans l'application, ou écrivez à support@streamkar.example : une personne vous aidera.",
    "es": "Lo siento, ahora no puedo responder a eso. Contacta con nuestro equipo de soporte en "
          "Me > Help & Feedback dentro de la app, o escribe a support@streamkar.example, y una persona te ayudará.",
    "de": "Das kann ich gerade leider nicht beantworten. Wende dich in der App über Me > Help & Feedback "
          "an unser Support-Team oder schreib an support@streamkar.example – ein Mensch hilft dir weiter.",
}

OUT_OF_DOMAIN = {
    "en": "Sorry, I can only help with questions about StreamKar: your account, going live, coins and "
          "payments, gifts, earnings, events, VIP, safety and technical problems.",
    "hi": "माफ़ कीजिए, मैं सिर्फ़ StreamKar से जुड़े सवालों में मदद कर सकता हूँ: आपका अकाउंट, लाइव जाना, "
          "कॉइन और पेमेंट, गिफ़्ट, कमाई, इवेंट, VIP, सुरक्षा और तकनीकी समस्याएँ।",
    "fr": "Désolé, je ne peux répondre qu'aux questions sur StreamKar : votre compte, les lives, les pièces "
          "et paiements, les cadeaux, les gains, les événements, le VIP, la sécurité et les problèmes techniques.",
    "es": "Lo siento, solo puedo ayudarte con preguntas sobre StreamKar: tu cuenta, transmitir en vivo, "
          "monedas y pagos, regalos, ganancias, eventos, VIP, seguridad y problemas técnicos.",
    "de": "Tut mir leid, ich helfe nur bei Fragen zu StreamKar: dein Konto, live gehen, Coins und Zahlungen, "
          "Geschenke, Einnahmen, Events, VIP, Sicherheit und technische Probleme.",
}

GREETING = {
    "en": "Hi! I'm the StreamKar help bot. Ask me anything about your account, coins, gifts, going live or earnings.",
    "hi": "नमस्ते! मैं StreamKar हेल्प बॉट हूँ। अपने अकाउंट, कॉइन, गिफ़्ट, लाइव जाने या कमाई के बारे में कुछ भी पूछें।",
    "fr": "Bonjour ! Je suis l'assistant d'aide StreamKar. Posez-moi vos questions sur votre compte, les pièces, "
          "les cadeaux, les lives ou vos gains.",
    "es": "¡Hola! Soy el bot de ayuda de StreamKar. Pregúntame lo que quieras sobre tu cuenta, monedas, regalos, "
          "transmisiones en vivo o ganancias.",
    "de": "Hallo! Ich bin der StreamKar-Hilfe-Bot. Frag mich alles zu deinem Konto, Coins, Geschenken, "
          "Livestreams oder Einnahmen.",
}

HANDOFF = {
    "en": "I'm the StreamKar help bot. To reach a person on our support team, go to Me > Help & Feedback in "
          "the app or email support@streamkar.example, with your StreamKar ID and what happened. You can also "
          "ask me your question here.",
    "hi": "मैं StreamKar हेल्प बॉट हूँ। हमारी सपोर्ट टीम के किसी व्यक्ति से बात करने के लिए ऐप में Me > Help & Feedback "
          "पर जाएँ या support@streamkar.example पर ईमेल करें, अपनी StreamKar ID और पूरी बात के साथ। आप अपना सवाल "
          "यहाँ भी पूछ सकते हैं।",
    "fr": "Je suis l'assistant d'aide StreamKar. Pour joindre une personne de notre équipe d'assistance, passez par "
          "Me > Help & Feedback dans l'application ou écrivez à support@streamkar.example, avec votre identifiant "
          "StreamKar et ce qui s'est passé. Vous pouvez aussi me poser votre question ici.",
    "es": "Soy el bot de ayuda de StreamKar. Para hablar con una persona de nuestro equipo de soporte, entra en "
          "Me > Help & Feedback dentro de la app o escribe a support@streamkar.example, con tu ID de StreamKar y lo "
          "que pasó. También puedes hacerme tu pregunta aquí.",
    "de": "Ich bin der StreamKar-Hilfe-Bot. Einen Menschen aus unserem Support-Team erreichst du in der App über "
          "Me > Help & Feedback oder per Mail an support@streamkar.example – mit deiner StreamKar-ID und dem, was "
          "passiert ist. Du kannst mir deine Frage auch hier stellen.",
}

THANKS = {
    "en": "You're welcome! Is there anything else I can help you with?",
    "hi": "आपका स्वागत है! क्या मैं किसी और चीज़ में आपकी मदद कर सकता हूँ?",
    "fr": "Avec plaisir ! Puis-je vous aider pour autre chose ?",
    "es": "¡De nada! ¿Hay algo más en lo que pueda ayudarte?",
    "de": "Gern geschehen! Kann ich dir sonst noch helfen?",
}
