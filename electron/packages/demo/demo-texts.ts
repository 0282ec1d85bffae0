import type { Region } from '../../../shared/office/office-profile';
import type { DemoLanguage } from './demo-network';
import type { DemoRandom } from './demo-random';

/**
 * What the demo offices write: justifications of red indicators, notes and assessor names, in
 * the office's language. All of it is invented for the demo; the reasons echo the ones the
 * seeds give for the reform (vacant representative posts with interim arrangements, seed 001
 * §10; common premises and the Business Operations Strategy, seed 000 §25–27).
 */

type Theme =
  | 'mandate'
  | 'interim'
  | 'posts'
  | 'coverage'
  | 'framework'
  | 'costs'
  | 'premises'
  | 'services'
  | 'delivery'
  | 'joint'
  | 'learning'
  | 'results'
  | 'balance';

/** Which reason a red indicator of the default framework gets. */
const THEME_OF: Record<string, Theme> = {
  'P1.3': 'mandate',
  'P1.4': 'mandate',
  'P1.5': 'interim',
  'P1.6': 'mandate',
  'P1.7': 'posts',
  'P2.2': 'coverage',
  'P2.3': 'coverage',
  'P2.4': 'framework',
  'P2.5': 'coverage',
  'P2.6': 'coverage',
  'P2.7': 'framework',
  'P3.1': 'costs',
  'P3.2': 'premises',
  'P3.3': 'services',
  'P3.4': 'services',
  'P3.5': 'costs',
  'P3.6': 'services',
  'P3.7': 'services',
  'P4.1': 'delivery',
  'P4.2': 'delivery',
  'P4.3': 'joint',
  'P4.4': 'delivery',
  'P4.5': 'joint',
  'P5.1': 'posts',
  'P5.2': 'learning',
  'P5.3': 'learning',
  'P5.4': 'results',
  'P5.5': 'results',
  'P5.6': 'balance',
};

const JUSTIFICATIONS: Record<DemoLanguage, Record<Theme, string>> = {
  en: {
    mandate: 'The terms of reference and the delegation of authority are being aligned with the two-tier structure; the regional division expects to finish in the next cycle.',
    interim: 'The representative post is vacant; an officer-in-charge ensures representation and business continuity under an interim arrangement.',
    posts: 'Two posts were vacant for most of the year and technical posts are the hardest to fill; recruitment is under way.',
    coverage: 'Coverage of the non-resident countries depends on missions from this office; travel funds were cut this year, so fewer countries were reached.',
    framework: 'A new Cooperation Framework is being drafted with the Resident Coordinator; the country programmes will be aligned with it and endorsed.',
    costs: 'Running costs stayed high relative to delivery after two large projects closed, and the host government contributes little to them so far.',
    premises: 'The move to common premises is planned with the UN Country Team under the Business Operations Strategy; the UN House has no free space yet.',
    services: 'The common back office and the Business Operations Strategy services are not yet available here; a cost-benefit analysis is scheduled.',
    delivery: 'Delivery fell short of the target: projects were approved late in the year and procurement in the host country took longer than planned.',
    joint: 'Few joint programmes were open to the agency in the UN Country Team this year; proposals to pooled funds are being prepared.',
    learning: 'Staff on mission missed sessions and calls; the remaining reform trainings are scheduled online in the first quarter.',
    results: 'Results data of older projects are still being completed in the corporate system, and the open audit recommendations are being implemented.',
    balance: 'The office is small, so one recruitment moves the share a lot; the next vacancies are advertised with gender parity in mind.',
  },
  fr: {
    mandate: "Le mandat du bureau et la délégation de pouvoir sont en cours d'alignement sur la structure à deux niveaux ; la division régionale prévoit de conclure au prochain cycle.",
    interim: "Le poste de représentant est vacant ; un fonctionnaire chargé de l'intérim assure la représentation et la continuité des opérations.",
    posts: "Deux postes sont restés vacants la plus grande partie de l'année et les postes techniques sont les plus difficiles à pourvoir ; les recrutements sont en cours.",
    coverage: 'La couverture des pays non résidents dépend des missions du bureau ; les crédits de voyage ont été réduits cette année.',
    framework: 'Un nouveau plan-cadre de coopération est en préparation avec le coordonnateur résident ; les programmes de pays y seront alignés et approuvés.',
    costs: "Les coûts de fonctionnement restent élevés par rapport à l'exécution depuis la clôture de deux grands projets, et le gouvernement hôte y contribue encore peu.",
    premises: "L'installation dans des locaux communs est prévue avec l'équipe de pays dans le cadre de la stratégie relative aux activités opérationnelles ; la Maison des Nations Unies n'a pas encore de place.",
    services: "Les services communs d'appui et ceux de la stratégie relative aux activités opérationnelles ne sont pas encore disponibles ici ; une analyse coûts-avantages est prévue.",
    delivery: "L'exécution est restée en deçà de l'objectif : les projets ont été approuvés tard dans l'année et les achats ont pris du retard.",
    joint: "Peu de programmes conjoints étaient ouverts à l'organisation au sein de l'équipe de pays cette année ; des propositions aux fonds communs sont en préparation.",
    learning: 'Le personnel en mission a manqué des sessions et des appels ; les formations restantes sont programmées en ligne au premier trimestre.',
    results: "Les données de résultats des anciens projets sont encore en cours de saisie dans le système institutionnel, et les recommandations d'audit en suspens sont en cours d'application.",
    balance: 'Le bureau est petit : un seul recrutement fait beaucoup varier la proportion ; les prochains postes seront publiés dans un souci de parité.',
  },
  es: {
    mandate: 'El mandato y la delegación de autoridad de la oficina se están ajustando a la estructura de dos niveles; la división regional prevé concluir en el próximo ciclo.',
    interim: 'El puesto de representante está vacante; un oficial encargado asegura la representación y la continuidad de las operaciones.',
    posts: 'Dos puestos estuvieron vacantes la mayor parte del año y los puestos técnicos son los más difíciles de cubrir; la contratación está en curso.',
    coverage: 'La cobertura de los países no residentes depende de las misiones de la oficina; este año se redujeron los fondos de viaje.',
    framework: 'Se está preparando un nuevo Marco de Cooperación con el Coordinador Residente; los programas de país se alinearán con él y se aprobarán.',
    costs: 'Los costos de funcionamiento siguen altos respecto de la ejecución tras el cierre de dos proyectos grandes, y el gobierno anfitrión aún contribuye poco.',
    premises: 'El traslado a locales comunes está previsto con el equipo de las Naciones Unidas en el país, dentro de la Estrategia de Operaciones Institucionales; aún no hay espacio libre en la Casa de las Naciones Unidas.',
    services: 'La oficina administrativa común y los servicios de la Estrategia de Operaciones Institucionales todavía no están disponibles aquí; está previsto un análisis de costo-beneficio.',
    delivery: 'La ejecución quedó por debajo de la meta: los proyectos se aprobaron tarde en el año y las adquisiciones se retrasaron.',
    joint: 'Este año hubo pocos programas conjuntos abiertos a la organización en el equipo de país; se están preparando propuestas a fondos mancomunados.',
    learning: 'El personal en misión no pudo asistir a sesiones y llamadas; las capacitaciones pendientes se programaron en línea para el primer trimestre.',
    results: 'Los datos de resultados de proyectos antiguos aún se están completando en el sistema institucional, y se están aplicando las recomendaciones de auditoría pendientes.',
    balance: 'La oficina es pequeña, por lo que una sola contratación cambia mucho la proporción; las próximas vacantes se publicarán con miras a la paridad de género.',
  },
  ar: {
    mandate: 'تجري مواءمة اختصاصات المكتب وتفويض السلطة مع الهيكل ذي المستويين، وتتوقع الشعبة الإقليمية إنجاز ذلك في الدورة المقبلة.',
    interim: 'وظيفة الممثل شاغرة، ويتولى موظف مسؤول بالنيابة التمثيل واستمرارية العمل في إطار ترتيب مؤقت.',
    posts: 'ظلت وظيفتان شاغرتين معظم السنة، والوظائف التقنية هي الأصعب شغلاً، والتوظيف جارٍ.',
    coverage: 'تعتمد تغطية البلدان غير المقيم فيها على بعثات المكتب، وقد خُفّضت مخصصات السفر هذا العام.',
    framework: 'يجري إعداد إطار تعاون جديد مع المنسق المقيم، وستُواءم البرامج القطرية معه وتُعتمد.',
    costs: 'ظلت تكاليف التشغيل مرتفعة مقارنة بالتنفيذ بعد إغلاق مشروعين كبيرين، ولا تزال مساهمة الحكومة المضيفة فيها محدودة.',
    premises: 'من المقرر الانتقال إلى أماكن عمل مشتركة مع الفريق القطري في إطار استراتيجية العمليات التجارية، ولا توجد مساحة شاغرة في دار الأمم المتحدة بعد.',
    services: 'لا تتوفر هنا بعد خدمات المكتب الخلفي المشترك وخدمات استراتيجية العمليات التجارية، ومن المقرر إجراء تحليل للتكاليف والفوائد.',
    delivery: 'جاء التنفيذ دون الهدف لأن المشاريع اعتُمدت في وقت متأخر من السنة وتأخرت عمليات الشراء.',
    joint: 'كانت البرامج المشتركة المتاحة للمنظمة في الفريق القطري قليلة هذا العام، ويجري إعداد مقترحات للصناديق المجمعة.',
    learning: 'فات الموظفين في البعثات بعض الدورات والاتصالات، والدورات التدريبية المتبقية مقررة عبر الإنترنت في الربع الأول.',
    results: 'لا يزال استكمال بيانات نتائج المشاريع القديمة في النظام المؤسسي جارياً، ويجري تنفيذ توصيات مراجعة الحسابات المعلقة.',
    balance: 'المكتب صغير، فتعيين واحد يغيّر النسبة كثيراً، وستُعلن الشواغر المقبلة مع مراعاة التكافؤ بين الجنسين.',
  },
  ru: {
    mandate: 'Круг ведения отделения и делегирование полномочий приводятся в соответствие с двухуровневой структурой; региональный отдел ожидает завершения в следующем цикле.',
    interim: 'Должность представителя вакантна; временно исполняющий обязанности сотрудник обеспечивает представительство и непрерывность работы.',
    posts: 'Две должности оставались вакантными большую часть года, а технические должности заполнить труднее всего; набор идёт.',
    coverage: 'Охват стран без постоянного присутствия зависит от командировок сотрудников отделения; в этом году средства на поездки были сокращены.',
    framework: 'Вместе с координатором-резидентом готовится новая Рамочная программа сотрудничества; страновые программы будут с ней согласованы и утверждены.',
    costs: 'Операционные расходы остались высокими по отношению к освоению средств после закрытия двух крупных проектов, а правительство страны пребывания пока вносит в них мало.',
    premises: 'Переезд в общие помещения запланирован вместе со страновой группой ООН в рамках Стратегии оперативной деятельности; свободных мест в Доме ООН пока нет.',
    services: 'Общий бэк-офис и услуги Стратегии оперативной деятельности здесь пока недоступны; запланирован анализ затрат и выгод.',
    delivery: 'Освоение средств ниже цели: проекты были утверждены поздно, а закупки в стране пребывания заняли больше времени.',
    joint: 'В этом году в страновой группе ООН было мало совместных программ, открытых для организации; готовятся заявки в объединённые фонды.',
    learning: 'Сотрудники в командировках пропустили занятия и звонки; оставшееся обучение запланировано в онлайн-формате на первый квартал.',
    results: 'Данные о результатах старых проектов ещё вносятся в корпоративную систему, а невыполненные рекомендации аудита выполняются.',
    balance: 'Отделение небольшое, поэтому один наём сильно меняет долю; следующие вакансии будут объявлены с учётом гендерного баланса.',
  },
  zh: {
    mandate: '办事处的职权范围和授权正在按照两层结构进行调整，区域司预计在下一周期完成。',
    interim: '代表职位空缺，由一名临时负责官员在临时安排下确保代表性和业务连续性。',
    posts: '两个职位在一年中大部分时间空缺，技术职位最难填补；招聘正在进行。',
    coverage: '对非驻地国家的覆盖依赖办事处的出差访问，今年差旅经费减少，访问的国家较少。',
    framework: '正在与驻地协调员一起拟订新的合作框架；国别方案将与之保持一致并获得认可。',
    costs: '两个大型项目结束后，运行费用相对于执行额仍然偏高，东道国政府目前对此的分担也很少。',
    premises: '已计划在业务运营战略下与联合国国家工作队一起迁入共用房地；联合国之家目前尚无空余空间。',
    services: '本地尚无共用后台办公室和业务运营战略的服务；已安排进行成本效益分析。',
    delivery: '执行额低于目标：项目在年内较晚才获批准，东道国的采购也有所延误。',
    joint: '今年国家工作队中向本组织开放的联合方案很少；正在准备向集合基金提交的提案。',
    learning: '出差的工作人员错过了部分培训和电话会议；其余改革培训已安排在第一季度在线进行。',
    results: '旧项目的成果数据仍在公司系统中补录，未落实的审计建议正在执行。',
    balance: '办事处规模小，一次招聘就会使比例大幅变化；今后的空缺将在公布时考虑性别均等。',
  },
};

const COUNT_NOTE: Record<DemoLanguage, (k: number, n: number) => string> = {
  en: (k, n) => `${k} of ${n} covered countries`,
  fr: (k, n) => `${k} des ${n} pays couverts`,
  es: (k, n) => `${k} de los ${n} países cubiertos`,
  ar: (k, n) => `${k} من أصل ${n} من البلدان المشمولة`,
  ru: (k, n) => `${k} из ${n} охватываемых стран`,
  zh: (k, n) => `所覆盖的 ${n} 个国家中的 ${k} 个`,
};

const CORRECTION_NOTE: Record<DemoLanguage, string> = {
  en: 'Corrected after the year-end financial closure.',
  fr: "Corrigé après la clôture financière de l'exercice.",
  es: 'Corregido tras el cierre financiero del ejercicio.',
  ar: 'صُحّح بعد الإقفال المالي لنهاية السنة.',
  ru: 'Исправлено после закрытия финансового года.',
  zh: '已在年终财务结算后更正。',
};

const UNKNOWN_NOTE: Record<DemoLanguage, string> = {
  en: 'Not yet available from the corporate system.',
  fr: 'Pas encore disponible dans le système institutionnel.',
  es: 'Aún no disponible en el sistema institucional.',
  ar: 'غير متاح بعد في النظام المؤسسي.',
  ru: 'Пока нет данных в корпоративной системе.',
  zh: '公司系统中尚无数据。',
};

/** The reason a red indicator is given, in the office's language. */
export function justificationFor(language: DemoLanguage, indicatorId: string): string {
  return JUSTIFICATIONS[language][THEME_OF[indicatorId] ?? 'mandate'];
}

export const countNote = (language: DemoLanguage, k: number, n: number): string => COUNT_NOTE[language](k, n);
export const correctionNote = (language: DemoLanguage): string => CORRECTION_NOTE[language];
export const unknownNote = (language: DemoLanguage): string => UNKNOWN_NOTE[language];

/** Invented given and family names, combined at random: no real person is meant. */
const NAMES: Record<Region, { given: readonly string[]; family: readonly string[] }> = {
  africa: {
    given: ['Amina', 'Kwame', 'Fatou', 'Tendai', 'Chinedu', 'Aïssatou', 'Thabo', 'Grace', 'Moussa', 'Nia', 'Kofi', 'Zawadi'],
    family: ['Odhiambo', 'Mensah', 'Diallo', 'Moyo', 'Okafor', 'Ndiaye', 'Nkosi', 'Mwangi', 'Traoré', 'Banda', 'Kamara', 'Abebe'],
  },
  arab_states: {
    given: ['Layla', 'Omar', 'Nadia', 'Karim', 'Huda', 'Youssef', 'Rania', 'Tariq', 'Salma', 'Hassan'],
    family: ['Haddad', 'Mansour', 'El-Amin', 'Nasser', 'Khalil', 'Saleh', 'Farouk', 'Aziz', 'Bennani', 'Qasim'],
  },
  asia_pacific: {
    given: ['Priya', 'Wei', 'Siti', 'Arjun', 'Lan', 'Ravi', 'Tashi', 'Malia', 'Farhan', 'Ayesha', 'Joon', 'Isabel'],
    family: ['Sharma', 'Chen', 'Rahman', 'Perera', 'Tran', 'Santos', 'Wangchuk', 'Tupou', 'Karimi', 'Hossain', 'Lim', 'Reyes'],
  },
  europe_central_asia: {
    given: ['Aigerim', 'Giorgi', 'Olena', 'Armen', 'Dilnoza', 'Marko', 'Elif', 'Andrei', 'Ana', 'Timur'],
    family: ['Nurlanova', 'Beridze', 'Kovalenko', 'Petrosyan', 'Karimova', 'Petrović', 'Yılmaz', 'Popescu', 'Hoxha', 'Aliyev'],
  },
  latin_america_caribbean: {
    given: ['María', 'José', 'Ana', 'Carlos', 'Lucía', 'Diego', 'Camila', 'Andrés', 'Keisha', 'Marlon', 'Valentina', 'Rafael'],
    family: ['González', 'Rodríguez', 'Silva', 'Pérez', 'Ramírez', 'Torres', 'Castillo', 'Vargas', 'Campbell', 'Joseph', 'Morales', 'Alves'],
  },
};

export function assessorName(region: Region, random: DemoRandom): string {
  const { given, family } = NAMES[region];
  return `${random.pick(given)} ${random.pick(family)}`;
}
