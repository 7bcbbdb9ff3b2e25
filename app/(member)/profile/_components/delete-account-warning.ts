export const DELETE_ACCOUNT_WARNING =
  "This removes your profile and your interests and signs you out. It cannot be undone.";
