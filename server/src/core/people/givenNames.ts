/**
 * Common given names from many languages, lower-cased and without accents. A capitalised run
 * that starts with one of these reads as a person (`Gary Marcus`, `Peter Alvaro`) even without
 * other context. The list is a hint, not a gate: unknown names are still found from context.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
  aaron abby abdul abigail abraham ada adam adele adrian adriana agnes ahmed ahmad aidan aiden aisha akira alan
  albert alberto alec alejandro aleksandr alessandro alex alexa alexander alexandra alexandre alexei alexis alfred
  ali alice alicia alison allan allen allison alvaro amanda amber amelia amir amit amy ana anand anders andre andrea
  andreas andrei andrej andres andrew andrzej andy angela angelo anil anita ann anna anne annie anthony antoine anton antonio anya
  april archie ari ariel arjun arnold arthur arun ashley ashok audrey austin ava avery axel ayesha
  barbara barry bart beatrice becky ben benjamin bernard bernd beth betty bill billy bjarne blake bob bobby bogdan
  boris brad bradley brandon brenda brendan brian bridget brooke bruce bruno bryan butler byron
  caleb cameron camila carl carla carlos carmen carol caroline carolyn carrie casey cassandra catherine cathy cecilia
  cesar chad chaitanya charles charlie charlotte chen chris christian christina christine christopher chuck cindy
  claire clara clare claude claudia claudio clement cliff clifford clint colin connor conrad constance cora corey cory
  courtney craig cristina curtis cynthia
  dale dan dana daniel daniela danielle danny dario darius darren dave david dawn dean deb debbie deborah deepak
  denis denise dennis derek devin diana diane diego dimitri dina dmitri dmitry dominic don donald donna doris
  doug douglas drew duncan dustin dylan
  ed eddie edgar edith edmund eduardo edward edwin egor eileen elaine eleanor elena eli elias elijah elisa elizabeth
  ella ellen elliot elliott ellie eloise emil emilia emily emma enrico enrique eric erica erik erin ernest esther
  ethan eugene eva evan evelyn ezra
  fabian fabio faisal farah fatima federico felix fernando filip fiona florian frances francesca francesco francis
  francisco frank franz fred freddie frederick fritz
  gabriel gabriela gail gareth gary gavin gene geoff geoffrey george georg gerald gerard gianluca gil gina giovanni
  giulia giuseppe glen glenn gloria gordon grace graham grant greg gregory guido guillermo gustavo guy
  hal hamid hana hannah hans harold harper harry harvey hassan hayden heather hector heidi helen helena henry
  herbert hideo hiroshi holly howard hugh hugo hyrum
  ian ibrahim igor ilya imran ines ingrid irene iris isaac isabel isabella isabelle ivan ivy
  jack jackie jackson jacob jacqueline jake james jamie jan jana jane janet janice jared jason javier jay jean
  jeff jeffrey jen jennifer jenny jens jeremy jerome jerry jess jesse jessica jesus jill jim jimmy jin jo joan joanna
  joanne joao joe joel johan johann johannes john johnny jon jonas jonathan jordan jorge jose josef joseph josh joshua
  joy juan judith judy julia julian julie juliet julio june jun justin
  kai kamal karen karim karl kate katherine kathleen kathryn kathy katie katrina kay keith kelly ken kenji kenneth
  kent kevin khalid kim kimberly kirk klaus kofi kris krishna kristen kristin kumar kurt kyle
  lana lance lars laura lauren laurence lawrence leah lee leila len leo leon leonard leonardo leslie lewis li liam
  lily linda lindsay lindsey lisa liz lloyd logan lois lorenzo louis louise luca lucas lucia lucy luis luisa luke
  lukasz luna lydia lynn
  madeleine madison magnus mahmoud malcolm manuel marc marcel marcelo marco marcus margaret maria mariana marie
  mario marisa mark marko marta martha martin marty mary mason mateo matt matteo matthew matthias maura maureen
  max maxim maximilian maya megan mehmet mei melanie melissa mia michael michaela michal micheal michel michelle
  miguel mike mikhail mila miles milo min ming miriam misha mitchell mohamed mohammed monica morgan muhammad murat
  nadia nancy naomi natalia natalie natasha nathan nathaniel neal neil nelson nicholas nick nicola nicolas nicole
  niels nigel nikhil nikita nikola nina noah noel nora norman
  oleg olga oliver olivia omar oscar otto owen
  pablo pamela paolo patricia patrick paul paula pavel pedro peggy per peter petra phil philip philippe phillip
  phoebe pierre piotr pooja prakash pranav priya priyanka
  quentin quinn
  rachel radu rafael rahul raj rajesh ralph ramon randy raphael raul ravi ray raymond rebecca reed regina reid
  rene rhys ricardo richard rick ricky riley rita rob robert roberta roberto robin rodrigo roger roland roman ron
  ronald rosa rose ross roy ruby rudy rui russ russell ruth ryan
  sabrina sally sam samantha sameer samuel sandra sandy sanjay santiago sara sarah sasha satya saul scott sean
  sebastian sergei sergey sergio seth shane shannon sharon shaun shawn sheila shirley shreya simon simone sofia
  sonia sophia sophie stacy stan stanley stefan stefano steph stephanie stephen steve steven stuart sue sunil
  susan suzanne sven sydney sylvia
  takashi tamara tanya tara ted teresa terry thea theo theodore theresa thomas tim timothy tina tobias toby todd
  tom tomas tommy tony tracy travis trevor tyler
  ulrich uma umar
  valentina valerie vanessa vasily vera veronica victor victoria vijay vikram vincent violet vivek vladimir
  wade walter wang wanda warren wayne wei wendy werner wes wesley will william willie willy wilson wolfgang
  xavier xi xiao yan yang yasmin yi yoshi yu yuki yuri yusuf
  zach zachary zainab zane zhang zoe zoran
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
