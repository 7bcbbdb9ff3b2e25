export const site = {
  name: "The Book Club",
  tagline: "Read together. Hear about the books you love.",
};
