/** The site admin the e2e server is started with (see playwright.config.ts). */
export const MODERATOR_EMAIL = 'moderator@e2e.example.org';
