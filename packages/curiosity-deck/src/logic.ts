// React-free: the question shape and its validator, the seeded shuffle, the deck's JSON
// state and the question partners send each other. Safe on a server, in a worker, in a test.
// Building a sent question is a file of its own so the widget loads it with the first send.
export * from "./deck";
export * from "./sent-question";
