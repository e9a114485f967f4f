/** The English strings of <iitk-discussion> (in its chunk); `data-iitk-strings` overrides any. */
export const DISCUSSION_STRINGS = {
  discussion: "Discussion",
  noPosts: "No questions or answers yet. Be the first to ask.",
  anonymous: "Anonymous",
  recommended: "Recommended by the editors",
  replies: "Replies",
  reply: "Reply on the toolkit",
  locked: "This thread is closed to new replies.",
  more: "See the whole discussion on the toolkit",
  join: "Join the discussion on the toolkit",
  ask: "Ask a question or share an experience",
  post: "Your question or experience",
  postHint: "Do not include anything that could identify a patient: no names, NHS numbers, dates of birth, addresses or phone numbers.",
  postName: "Your name (optional)",
  postShowName: "Show my name with my post",
  postEmail: "Email (optional): we tell you when your post is published or answered. It is never shown.",
  postConsent: "I agree to the toolkit publishing my post",
  postNoPatients: "My post has nothing that could identify a patient",
  postSend: "Send your post",
  // Shared with <iitk-share-story> (the same keys in data-iitk-strings).
  sending: "Sending…",
  retry: "Try again",
  problem: "There is a problem",
  postOffline: "Your post was not sent. Try again in a few minutes.",
  postBusy: "Too many posts sent from your network. Try again after {time}.",
  postRefused: "This site may not send posts to the toolkit: ask the toolkit's team to add {origin}.",
  postThanks: "Thank you: your post has been sent",
  postPending: "Your reference is {reference}. Your post will appear once a reviewer has checked it.",
};

export type DiscussionStrings = typeof DISCUSSION_STRINGS;
