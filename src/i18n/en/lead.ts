/** English strings of the lead form. `{name}` placeholders are filled by `format`. */
export const lead = {
  gate: {
    heading: 'See your full report',
    intro:
      'Your full report opens here as soon as you send this. {consultancy} receives only what you choose to share.',
    introDefault:
      'Your full report opens here as soon as you send this. Only what you choose to share is sent.',
    teaser: 'Your readiness per standard is above. Send the form below to open the rest of your report.',
    unlocked: 'Sent. Your full report is open above the form.',
  },
  optional: {
    heading: 'Talk to {consultancy} about your result',
    headingDefault: 'Talk to an expert about your result',
    intro: 'Send your details and {consultancy} will get in touch. You choose below what they receive.',
    introDefault: 'Send your details and an expert will get in touch. You choose below what is shared.',
  },
  fields: {
    name: 'Full name',
    email: 'Work email',
    company: 'Company',
    role: 'Role or job title',
    companySize: 'Company size',
    phone: 'Phone',
    message: 'Message',
  },
  companySizes: {
    choose: 'Choose a size',
    '1-9': '1–9 employees',
    '10-49': '10–49 employees',
    '50-249': '50–249 employees',
    '250-999': '250–999 employees',
    '1000+': '1,000 or more employees',
  },
  optionalMark: '(optional)',
  errors: {
    summaryOne: 'There is a problem: check {field}.',
    summaryMany: 'There is a problem: {count} fields need your attention.',
    required: 'Enter your {field}.',
    requiredChoice: 'Choose your {field}.',
    tooLong: 'Shorten this to at most {max} characters (now {count}).',
    invalidText: 'This contains characters that cannot be sent. Please retype it.',
    email: 'Enter an email address such as name@company.com.',
    phone: 'Enter a phone number using digits, spaces and + ( ) . / - only.',
    consent: 'Tick the box to agree, or your details cannot be sent.',
    tooFast: 'That was quick. Please check your details, then send again.',
    blocked: 'Your details could not be sent.',
  },
  consent: {
    field: 'the consent box',
    privacyLink: 'Privacy policy',
    newTab: '(opens in a new tab)',
  },
  share: {
    summaryLine: 'Sharing: {scope} · change',
    heading: 'What will be shared',
    headingFixed: 'What will be shared: {scope}',
    contact: 'Only my contact details',
    contactDetail: 'The details you enter above, without any results.',
    summary: 'My contact details and a summary of my result',
    summaryDetail:
      'Plus, per standard: what you can claim today, what your buyers ask for, your readiness score, and the recommended path.',
    full: 'My contact details and my full report',
    fullDetail: 'Plus readiness by domain and every answer you gave.',
    fullAssessmentDetail:
      'Plus the whole gap assessment: every requirement and control with its status, and the owners, evidence, references, dates and notes you recorded.',
    context:
      'Also sent with your details: this page’s address without its parameters, the site that linked here, campaign tags, and the consent text with its version and the time you agreed.',
  },
  forget: {
    button: 'Forget my data',
    hint: 'Removes your answers, and any details waiting to be sent, from this browser.',
    done: 'Your answers and details were removed from this browser.',
  },
  honeypot: 'Leave this field empty',
  sentHeading: 'Thank you',
  submit: 'Send my details',
  submitGate: 'Show my full report',
  submitSending: 'Sending…',
  status: {
    sending: 'Sending your details…',
    queued: 'Your details are queued and will be sent in a moment.',
    offline:
      'You are offline. Your details are saved in this browser and will be sent when you are back online.',
    offlineUnsaved:
      'You are offline. Keep this page open: your details will be sent when you are back online.',
    retrying:
      'Not sent yet: the connection failed. Trying again at {time}. Your details are saved in this browser.',
    retryingUnsaved: 'Not sent yet: the connection failed. Trying again at {time}. Keep this page open.',
    retryingBusy: 'Not sent yet: the receiving system asked us to wait. Trying again at {time}.',
    retryingDown: 'Not sent yet: the receiving system is not answering. Trying again at {time}.',
    longWait: 'If you would rather not wait, download your results and contact {consultancy} directly.',
    longWaitDefault: 'If you would rather not wait, download your results to keep them.',
    sent: 'Sent. {consultancy} has your details.',
    sentDefault: 'Sent. Thank you.',
    failedWillRetry:
      'Not sent yet. Your details are saved in this browser: they go out as soon as the receiving system answers, or the next time you open this page.',
    failedUnsaved:
      'Not sent: the connection failed and this browser cannot save your details. Please try again later.',
    rejected:
      'Your details could not be delivered: the receiving system refused them. Download your results and contact {consultancy} directly.',
    rejectedDefault:
      'Your details could not be delivered: the receiving system refused them. Download your results to keep them.',
  },
};

/** Strings of the lead form. */
export type LeadStrings = typeof lead;
