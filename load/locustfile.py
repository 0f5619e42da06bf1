"""A realistic mix of users for `make load`: mostly FAQ questions and repeats, some
out-of-domain questions, some questions the FAQ does not cover. Each request is reported under
the `source` that answered it, so latency is broken down by path."""
import random
import uuid

from locust import HttpUser, between, task

FAQ = ["how do i buy coins", "forgot my password", "how to go live", "my withdrawal failed",
       "how do i block someone", "what is a pk battle", "how do i become a host", "app keeps crashing",
       "how do i send a gift", "vip benefits", "paise kaise nikale", "comment acheter des pièces"]
OUT_OF_DOMAIN = ["what is react", "weather in delhi tomorrow", "write me a poem", "best pizza near me"]
UNCOVERED = ["can I change my room theme colour", "is there a karaoke mode", "can I schedule a poll in my live"]


class ChatUser(HttpUser):
    wait_time = between(0.5, 2.0)

    def ask(self, query, language="en"):
        with self.client.post("/api/chat/", json={"query": query, "language": language},
                              name="chat", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return
            # Reported a second time under its source so percentiles come per path.
            source = response.json()["source"]
            response.request_meta["name"] = f"chat:{source}"
            response.success()

    @task(10)
    def faq_question(self):
        self.ask(random.choice(FAQ), random.choice(["en", "en", "hi", "fr"]))

    @task(5)
    def repeated_question(self):
        self.ask("how do i buy coins")

    @task(2)
    def out_of_domain(self):
        self.ask(random.choice(OUT_OF_DOMAIN))

    @task(1)
    def uncovered(self):
        self.ask(f"{random.choice(UNCOVERED)} {uuid.uuid4().hex[:6]}")
